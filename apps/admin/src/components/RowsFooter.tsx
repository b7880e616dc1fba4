import { Button, Form } from 'antd';
import type { ReactNode } from 'react';

/** Under a list of form rows: the add button (off at the limit) and the list's own errors in words. */
export function RowsFooter({ id, label, full, onAdd, errors }: { id: string; label: string; full: boolean; onAdd(): void; errors: ReactNode[] }) {
  return (
    <Form.Item>
      <Button id={id} type='dashed' disabled={full} onClick={onAdd}>
        + {label}
      </Button>
      <Form.ErrorList errors={errors} />
    </Form.Item>
  );
}
