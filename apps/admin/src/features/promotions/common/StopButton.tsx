import { Button, Popconfirm } from 'antd';
import { useState } from 'react';
import { promoErrorText } from './words';

/** Ends an activity after a confirm; a failure goes to the tab's error line in words. */
export function StopButton(props: { id: string; what: string; stop(): Promise<unknown>; done(): void; failed(text: string): void }) {
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      await props.stop();
      props.done();
    } catch (e) {
      props.failed(promoErrorText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Popconfirm title={`确定停止这个${props.what}吗？`} okText='停止' cancelText='取消' onConfirm={run} okButtonProps={{ id: `${props.id}-confirm` }}>
      <Button id={props.id} size='small' danger loading={busy}>
        停止
      </Button>
    </Popconfirm>
  );
}
