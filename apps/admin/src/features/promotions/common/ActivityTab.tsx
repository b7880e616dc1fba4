import { Alert, Button, Modal, Space, Typography } from 'antd';
import { useState, type ReactNode } from 'react';

/**
 * The frame every promotion tab shares: a create button opening the form in a dialog, the list's last
 * error in words, and the list itself (which polls its own figures).
 */
export function ActivityTab(props: {
  id: string;
  createLabel: string;
  hint?: string;
  error: string | null;
  form(close: () => void): ReactNode;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  return (
    <Space orientation='vertical' size='middle' style={{ width: '100%' }}>
      <Space>
        <Button id={`${props.id}-create`} type='primary' onClick={() => setOpen(true)}>
          {props.createLabel}
        </Button>
        {props.hint && <Typography.Text type='secondary'>{props.hint}</Typography.Text>}
      </Space>
      {props.error && <Alert id={`${props.id}-list-error`} type='error' showIcon title={props.error} />}
      {props.children}
      <Modal title={props.createLabel} open={open} onCancel={() => setOpen(false)} footer={null} destroyOnHidden width={640}>
        {props.form(() => setOpen(false))}
      </Modal>
    </Space>
  );
}
