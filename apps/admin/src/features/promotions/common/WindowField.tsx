import { DatePicker, Form } from 'antd';
import { windowRule } from './window';

/** 开始—结束 to the minute, checked in words. */
export function WindowField({ id, name = 'window', label = '活动时间' }: { id: string; name?: string; label?: string }) {
  return (
    <Form.Item label={label} name={name} rules={[windowRule]}>
      <DatePicker.RangePicker id={id} showTime={{ format: 'HH:mm' }} format='YYYY-MM-DD HH:mm' />
    </Form.Item>
  );
}
