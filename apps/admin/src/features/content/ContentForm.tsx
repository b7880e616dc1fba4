import { api, CONTENT_BODY_MAX, CONTENT_GOODS_MAX, CONTENT_SUMMARY_MAX, CONTENT_TITLE_MAX, type MerchantContent } from '@livemall/shared';
import { Form, Input, Radio, Select } from 'antd';
import { call } from '../../api/call';
import { FormFooter } from '../promotions/common/FormFooter';
import { goodsOptions, useShopGoods } from '../promotions/common/shop-goods';
import { useSubmit } from '../promotions/common/use-submit';
import { contentRequest, formValuesOf, urlProblem, type ContentFormValues } from './content-request';

const urlRule = (label: string, required: boolean) => ({
  validator: async (_: unknown, v: string | undefined) => {
    const p = urlProblem(v, label, required);
    if (p) throw new Error(p);
  },
});

/** Writes a new content (a draft) or replaces one; an article needs its text, a video its https URL. */
export function ContentForm({ editing, onSaved }: { editing: MerchantContent | null; onSaved(): void }) {
  const [form] = Form.useForm<ContentFormValues>();
  const kind = Form.useWatch('kind', form) ?? editing?.kind ?? 'article';
  const shop = useShopGoods();
  const { error, saving, submit } = useSubmit(
    form,
    (v) => (editing ? call(api.updateContent, { params: { id: editing.id }, body: contentRequest(v) }) : call(api.createContent, { body: contentRequest(v) })),
    onSaved,
  );
  return (
    <Form id='content-form' form={form} layout='vertical' initialValues={editing ? formValuesOf(editing) : { kind: 'article', goodsIds: [] }} onFinish={submit}>
      <Form.Item label='类型' name='kind'>
        <Radio.Group>
          <Radio id='content-kind-article' value='article'>图文</Radio>
          <Radio id='content-kind-video' value='video'>视频</Radio>
        </Radio.Group>
      </Form.Item>
      <Form.Item label='标题' name='title' rules={[{ required: true, whitespace: true, message: '请填写标题' }, { max: CONTENT_TITLE_MAX, message: `标题最多 ${CONTENT_TITLE_MAX} 个字` }]}>
        <Input id='content-title' />
      </Form.Item>
      <Form.Item label='摘要（可选）' name='summary' rules={[{ max: CONTENT_SUMMARY_MAX, message: `摘要最多 ${CONTENT_SUMMARY_MAX} 个字` }]}>
        <Input id='content-summary' />
      </Form.Item>
      <Form.Item label='封面图片网址（可选，https://）' name='coverUrl' rules={[urlRule('封面网址', false)]}>
        <Input id='content-cover' placeholder='https://' />
      </Form.Item>
      {kind === 'article' ? (
        <Form.Item
          label='正文（纯文本，换行分段）'
          name='body'
          rules={[{ required: true, whitespace: true, message: '图文需要正文' }, { max: CONTENT_BODY_MAX, message: `正文最多 ${CONTENT_BODY_MAX} 个字` }]}
        >
          <Input.TextArea id='content-body' autoSize={{ minRows: 6, maxRows: 16 }} />
        </Form.Item>
      ) : (
        <Form.Item label='视频网址（mp4 或 m3u8，https://）' name='videoUrl' rules={[urlRule('视频网址', true)]}>
          <Input id='content-video' placeholder='https://…/clip.mp4' />
        </Form.Item>
      )}
      <Form.Item
        label={`关联商品（最多 ${CONTENT_GOODS_MAX} 件）`}
        name='goodsIds'
        rules={[{ type: 'array', max: CONTENT_GOODS_MAX, message: `最多关联 ${CONTENT_GOODS_MAX} 件商品` }]}
        extra={shop.error ?? undefined}
      >
        <Select id='content-goods' mode='multiple' maxCount={CONTENT_GOODS_MAX} loading={shop.loading} options={goodsOptions(shop.goods)} optionFilterProp='label' placeholder='搜索本店商品' />
      </Form.Item>
      <FormFooter id='content' error={error} saving={saving} label={editing ? '保存修改' : '保存为草稿'} />
    </Form>
  );
}
