import { api, type SupportFaq } from '@livemall/shared';
import { Alert, Button, Card, Form, Input, Select, Space, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { call } from '../../api/call';
import { promoErrorText } from '../promotions/common/words';
import { answerProblem, ANSWER_MAX, FAQ_MAX, keywordsProblem } from './faq-rules';

interface Values {
  faqs: { keywords: string[]; answer: string }[];
}

const asRule = <T,>(problem: (v: T) => string | null) => ({
  validator: async (_: unknown, v: T) => {
    const p = problem(v);
    if (p) throw new Error(p);
  },
});

/** The shop's automatic answers: rules tried in order, the first with a keyword in the message answers. */
export function FaqEditor() {
  const [form] = Form.useForm<Values>();
  const [loading, setLoading] = useState(true);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    call(api.supportFaqs, { query: {} }).then(
      (r) => (form.setFieldsValue({ faqs: r.faqs }), setLoading(false)),
      (e) => (setError(promoErrorText(e)), setLoading(false)),
    );
  }, [form]);

  const save = async (v: Values) => {
    setError(null);
    setSaved(false);
    setSaving(true);
    try {
      const faqs: SupportFaq[] = (v.faqs ?? []).map((f) => ({ keywords: f.keywords.map((k) => k.trim()).filter(Boolean), answer: f.answer.trim() }));
      const r = await call(api.replaceSupportFaqs, { body: { faqs } });
      form.setFieldsValue({ faqs: r.faqs });
      setSaved(true);
    } catch (e) {
      setError(promoErrorText(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Spin spinning={loading}>
      <Typography.Paragraph type='secondary'>
        顾客的消息含有某条规则的关键词时，机器人自动回复该条答案（从上到下匹配，先匹配到的生效）；每条规则的第一个关键词会作为顾客可点的快捷问题。
      </Typography.Paragraph>
      <Form id='faq-form' form={form} layout='vertical' initialValues={{ faqs: [] }} onFinish={save}>
        <Form.List name='faqs'>
          {(fields, { add, remove, move }) => (
            <>
              {fields.map((field, i) => (
                <Card
                  key={field.key}
                  size='small'
                  title={`规则 ${i + 1}`}
                  style={{ marginBottom: 12 }}
                  extra={
                    <Space>
                      {i > 0 && (
                        <Button id={`faq-${i}-up`} size='small' onClick={() => move(i, i - 1)}>
                          上移
                        </Button>
                      )}
                      <Button id={`faq-${i}-remove`} size='small' danger onClick={() => remove(field.name)}>
                        删除
                      </Button>
                    </Space>
                  }
                >
                  <Form.Item label='关键词（输入后按回车，可多个）' name={[field.name, 'keywords']} rules={[asRule(keywordsProblem)]}>
                    <Select id={`faq-${i}-keywords`} mode='tags' open={false} tokenSeparators={[',', '，']} placeholder='例如：发货、快递' />
                  </Form.Item>
                  <Form.Item label='自动回复' name={[field.name, 'answer']} rules={[asRule(answerProblem)]}>
                    <Input.TextArea id={`faq-${i}-answer`} autoSize={{ minRows: 2, maxRows: 6 }} maxLength={ANSWER_MAX} showCount />
                  </Form.Item>
                </Card>
              ))}
              {fields.length < FAQ_MAX && (
                <Button id='faq-add' type='dashed' block onClick={() => add({ keywords: [], answer: '' })} style={{ marginBottom: 16 }}>
                  添加规则
                </Button>
              )}
            </>
          )}
        </Form.List>
        {error && <Alert id='faq-error' type='error' showIcon title={error} style={{ marginBottom: 12 }} />}
        {saved && <Alert id='faq-saved' type='success' showIcon title='已保存，新规则立即生效' style={{ marginBottom: 12 }} />}
        <Button id='faq-save' type='primary' htmlType='submit' loading={saving}>
          保存全部规则
        </Button>
      </Form>
    </Spin>
  );
}
