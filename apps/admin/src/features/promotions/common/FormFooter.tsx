import { Alert, Button } from 'antd';

/** The server's refusal in words above the submit button. */
export function FormFooter({ id, error, saving, label }: { id: string; error: string | null; saving: boolean; label: string }) {
  return (
    <>
      {error && <Alert id={`${id}-error`} type='error' showIcon title={error} style={{ marginBottom: 16 }} />}
      <Button id={`${id}-submit`} type='primary' htmlType='submit' loading={saving}>
        {label}
      </Button>
    </>
  );
}
