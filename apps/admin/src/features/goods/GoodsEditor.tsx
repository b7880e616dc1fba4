import { api, type Category, type GoodsDetail } from '@livemall/shared';
import { Alert, Button, Card, Form, Input, Select, Space, Switch } from 'antd';
import { useState } from 'react';
import { errorText } from '../../api/api-error';
import { call } from '../../api/call';
import { ImagesField } from './ImagesField';
import { SkuTable } from './SkuTable';
import { SpecsField } from './SpecsField';
import { matrixRows, splitValues, toSaveRequest, type GoodsDraft, type SpecDraft } from './sku-matrix';

export interface GoodsEditorProps {
  /** Absent for a new goods. */
  goodsId?: string;
  initial: GoodsDraft;
  categories: Category[];
  onSaved: (goods: GoodsDetail) => void;
}

/** Title, category, pictures, description, specs and the SKU matrix; saved whole with the create/replace route. */
export function GoodsEditor({ goodsId, initial, categories, onSaved }: GoodsEditorProps) {
  const [draft, setDraft] = useState<GoodsDraft>(initial);
  const [errors, setErrors] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const patch = (p: Partial<GoodsDraft>) => setDraft((d) => ({ ...d, ...p }));
  const setSpecs = (specs: SpecDraft[]) => setDraft((d) => ({ ...d, specs, rows: matrixRows(specs, d.rows) }));

  const save = async () => {
    const checked = toSaveRequest(draft);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors([]);
    setSaving(true);
    try {
      const saved = goodsId ? await call(api.updateGoods, { params: { id: goodsId }, body: checked.body }) : await call(api.createGoods, { body: checked.body });
      onSaved(saved);
    } catch (e) {
      setErrors([errorText(e)]);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form layout='vertical' style={{ maxWidth: 960 }}>
      {goodsId && (
        <Alert
          type='info'
          showIcon
          style={{ marginBottom: 16 }}
          title='保存时以这里的规格、价格和库存替换现有的：同一规格组合的 SKU 保留（已有订单不受影响），删掉的组合会下架；库存以填写的数为准，保存前刚卖出的不会再扣。'
        />
      )}
      <Card title='基本信息' size='small' style={{ marginBottom: 16 }}>
        <Form.Item label='商品标题' required>
          <Input id='goods-title' maxLength={120} value={draft.title} onChange={(e) => patch({ title: e.target.value })} />
        </Form.Item>
        <Form.Item label='分类'>
          <Select
            id='goods-category'
            allowClear
            placeholder='不选则不归类'
            value={draft.categoryId ?? undefined}
            onChange={(v?: string) => patch({ categoryId: v ?? null })}
            options={categories.map((c) => ({ value: c.id, label: c.name }))}
          />
        </Form.Item>
        <Form.Item label='图片（1–9 张）' required>
          <ImagesField value={draft.images} onChange={(images) => patch({ images })} />
        </Form.Item>
        <Form.Item label='详情（可写文字或简单 HTML，保存时服务器会清理不安全的内容）'>
          <Input.TextArea id='goods-description' rows={4} value={draft.descriptionHtml} onChange={(e) => patch({ descriptionHtml: e.target.value })} />
        </Form.Item>
        <Form.Item label='保存后上架'>
          <Switch id='goods-on-shelf' checked={draft.onShelf} onChange={(onShelf) => patch({ onShelf })} />
        </Form.Item>
      </Card>
      <Card title='规格与 SKU' size='small' style={{ marginBottom: 16 }}>
        <SpecsField value={draft.specs} onChange={setSpecs} />
        <div style={{ marginTop: 16 }}>
          <SkuTable specNames={draft.specs.map((s) => s.name.trim())} rows={draft.rows} onChange={(rows) => patch({ rows })} />
        </div>
        <div style={{ marginTop: 8, color: '#888' }}>
          共 {draft.rows.length} 个 SKU（{draft.specs.length ? draft.specs.map((s) => `${s.name || '?'} ${new Set(splitValues(s.valuesText)).size}`).join(' × ') : '无规格'}）
        </div>
      </Card>
      {errors.length > 0 && (
        <Alert
          id='goods-errors'
          type='error'
          showIcon
          style={{ marginBottom: 16 }}
          title='请先改正以下问题'
          description={
            <ul style={{ margin: 0, paddingLeft: 18 }}>
              {errors.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          }
        />
      )}
      <Space>
        <Button id='goods-save' type='primary' loading={saving} onClick={() => void save()}>
          保存
        </Button>
      </Space>
    </Form>
  );
}
