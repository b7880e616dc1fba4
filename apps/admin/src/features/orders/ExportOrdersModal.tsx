import type { OrderStatus } from '@livemall/shared';
import { Alert, Button, Modal, Progress, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useRef, useState } from 'react';
import { errorText } from '../../api/api-error';
import { download, ordersCsv } from './export-csv';
import { allOrders } from './orders-api';
import { statusText } from './order-words';

type Stage = { kind: 'idle' } | { kind: 'running'; pages: number; rows: number } | { kind: 'done'; rows: number; cancelled: boolean } | { kind: 'failed'; message: string };

/**
 * Exports every order of the current filter: pages are fetched one after another (the bar counts pages
 * and rows — cursor paging has no total), then the CSV is downloaded. Cancel stops after the current page.
 */
export function ExportOrdersModal({ open, status, onClose }: { open: boolean; status: OrderStatus | undefined; onClose: () => void }) {
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const cancel = useRef(false);
  const label = status ? statusText[status] : '全部';

  const run = async () => {
    cancel.current = false;
    setStage({ kind: 'running', pages: 0, rows: 0 });
    try {
      const orders = await allOrders(status, { onPage: (pages, rows) => setStage({ kind: 'running', pages, rows }), until: () => cancel.current });
      if (cancel.current) return setStage({ kind: 'done', rows: 0, cancelled: true });
      download(`订单-${label}-${dayjs().format('YYYYMMDD-HHmm')}.csv`, ordersCsv(orders));
      setStage({ kind: 'done', rows: orders.length, cancelled: false });
    } catch (e) {
      setStage({ kind: 'failed', message: errorText(e) });
    }
  };

  const close = () => {
    if (stage.kind === 'running') return;
    setStage({ kind: 'idle' });
    onClose();
  };

  return (
    <Modal title={`导出订单（${label}）`} open={open} onCancel={close} footer={null} maskClosable={false} closable={stage.kind !== 'running'}>
      <Space orientation='vertical' style={{ width: '100%' }}>
        <Typography.Paragraph>导出当前筛选的全部订单为 CSV（金额单位：元，Excel 可直接打开）。</Typography.Paragraph>
        {stage.kind === 'idle' && (
          <Button id='export-start' type='primary' onClick={() => void run()}>
            开始导出
          </Button>
        )}
        {stage.kind === 'running' && (
          <>
            <div id='export-progress'>
              <Progress percent={100} status='active' showInfo={false} />
            </div>
            <Typography.Text id='export-count'>
              已读取 {stage.pages} 页，共 {stage.rows} 条订单…
            </Typography.Text>
            <Button id='export-cancel' danger onClick={() => (cancel.current = true)}>
              取消（当前这一页读完后停止）
            </Button>
          </>
        )}
        {stage.kind === 'done' && (
          <>
            <Alert id='export-summary' type={stage.cancelled ? 'info' : 'success'} showIcon title={stage.cancelled ? '已取消，没有生成文件' : `已导出 ${stage.rows} 条订单`} />
            <Button id='export-close' onClick={close}>
              关闭
            </Button>
          </>
        )}
        {stage.kind === 'failed' && <Alert id='export-error' type='error' showIcon title={`导出失败：${stage.message}`} action={<Button onClick={() => void run()}>重试</Button>} />}
      </Space>
    </Modal>
  );
}
