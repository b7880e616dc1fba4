import { useEffect, useState } from 'react';
import { Alert, DatePicker, Form, Input, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api, type CreateLiveRoomRequest, type LiveRoomSummary } from '@livemall/shared';
import { call } from '../../api/call';
import { roomErrorText } from './room-errors';

interface Values {
  title: string;
  anchorName: string;
  coverUrl?: string;
  scheduledAt?: Dayjs | null;
}

/** The words a person sees for each rule (the server's schema: title ≤ 80, anchor ≤ 64, cover a URL). */
const rules = {
  title: [
    { required: true, whitespace: true, message: '请输入直播标题' },
    { max: 80, message: '标题最多 80 个字' },
  ],
  anchorName: [
    { required: true, whitespace: true, message: '请输入主播名称' },
    { max: 64, message: '主播名称最多 64 个字' },
  ],
  coverUrl: [{ pattern: /^https:\/\/\S+$/i, message: '封面需为 https:// 开头的图片链接' }, { max: 512, message: '封面链接过长' }],
};

/** Only a new announced time must be in the future; an unchanged one may have passed already. */
const futureRule = (original: string | null) => ({
  validator: (_: unknown, value: Dayjs | null | undefined) =>
    !value || value.isAfter(dayjs()) || (original !== null && value.toISOString() === original)
      ? Promise.resolve()
      : Promise.reject(new Error('开播时间需晚于现在')),
});

export function toRoomBody(v: Values): CreateLiveRoomRequest {
  return {
    title: v.title.trim(),
    anchorName: v.anchorName.trim(),
    coverUrl: v.coverUrl?.trim() ? v.coverUrl.trim() : null,
    scheduledAt: v.scheduledAt ? v.scheduledAt.toISOString() : null,
  };
}

/** Create a room (room = null) or edit one that has not ended. */
export function RoomFormModal({ open, room, onClose, onSaved }: { open: boolean; room: LiveRoomSummary | null; onClose(): void; onSaved(): void }) {
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    setError(null);
    form.resetFields();
    if (room) {
      form.setFieldsValue({ title: room.title, anchorName: room.anchorName, coverUrl: room.coverUrl ?? '', scheduledAt: room.scheduledAt ? dayjs(room.scheduledAt) : null });
    }
  }, [open, room, form]);

  const submit = async (values: Values) => {
    setSaving(true);
    setError(null);
    try {
      const body = toRoomBody(values);
      if (room) await call(api.updateRoom, { params: { roomId: room.id }, body });
      else await call(api.createRoom, { body });
      onSaved();
    } catch (e) {
      setError(roomErrorText(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={room ? '编辑直播间' : '新建直播间'}
      okText='保存'
      cancelText='取消'
      confirmLoading={saving}
      okButtonProps={{ id: 'room-form-submit' }}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      {error && <Alert id='room-form-error' type='error' showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form form={form} layout='vertical' onFinish={submit} id='room-form'>
        <Form.Item name='title' label='直播标题' rules={rules.title}>
          <Input id='room-title' placeholder='例如：脐橙产地直发专场' />
        </Form.Item>
        <Form.Item name='anchorName' label='主播名称' rules={rules.anchorName}>
          <Input id='room-anchor' />
        </Form.Item>
        <Form.Item name='coverUrl' label='封面图片链接（可不填）' rules={rules.coverUrl}>
          <Input id='room-cover' placeholder='https://…' />
        </Form.Item>
        <Form.Item name='scheduledAt' label='预告开播时间（可不填）' rules={[futureRule(room?.scheduledAt ?? null)]}>
          <DatePicker id='room-scheduled-at' showTime format='YYYY-MM-DD HH:mm' style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
