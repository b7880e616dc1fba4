import { api, type Category } from '@livemall/shared';
import { Alert, Button, Modal, Progress, Space, Typography } from 'antd';
import { useRef, useState } from 'react';
import { errorText } from '../../api/api-error';
import { call } from '../../api/call';
import { loadCategories } from './goods-api';
import { IMPORT_COLUMNS, IMPORT_EXAMPLE, readImport, type ImportGoods, type LineError } from './import-rows';
import { runImport, type ImportOutcome } from './run-import';

type Stage = { kind: 'pick' } | { kind: 'checked'; goods: ImportGoods[]; errors: LineError[] } | { kind: 'running'; total: number; done: number } | { kind: 'done'; outcome: ImportOutcome };

/**
 * Bulk import: the file is read and checked in the browser (every bad line named), then the good goods
 * are created one by one with a progress bar; 取消 stops after the goods being sent.
 */
export function ImportGoodsModal({ open, onClose }: { open: boolean; onClose: (created: number) => void }) {
  const [stage, setStage] = useState<Stage>({ kind: 'pick' });
  const [fileError, setFileError] = useState<string | null>(null);
  const cancel = useRef(false);
  const categories = useRef<Category[] | null>(null);

  const pick = async (file: File | undefined) => {
    if (!file) return;
    setFileError(null);
    try {
      categories.current ??= await loadCategories();
      setStage({ kind: 'checked', ...readImport(await file.text(), categories.current) });
    } catch (e) {
      setFileError(errorText(e));
    }
  };

  const start = async (goods: ImportGoods[]) => {
    cancel.current = false;
    setStage({ kind: 'running', total: goods.length, done: 0 });
    const outcome = await runImport(goods, (g) => call(api.createGoods, { body: g.body }), {
      onProgress: (done) => setStage({ kind: 'running', total: goods.length, done }),
      cancelled: () => cancel.current,
    });
    setStage({ kind: 'done', outcome });
  };

  const close = () => {
    if (stage.kind === 'running') return;
    const created = stage.kind === 'done' ? stage.outcome.created.length : 0;
    setStage({ kind: 'pick' });
    onClose(created);
  };

  return (
    <Modal title='批量导入商品（CSV）' open={open} onCancel={close} footer={null} width={720} maskClosable={false} closable={stage.kind !== 'running'}>
      {stage.kind === 'pick' && (
        <Space orientation='vertical' style={{ width: '100%' }}>
          <Typography.Paragraph>
            列：{IMPORT_COLUMNS.join(', ')}。一行一个 SKU；标题相同的行合成一件商品，spec 写成 <code>颜色:红;尺码:S</code>，每种规格组合一行。导入的商品先不上架。
          </Typography.Paragraph>
          <pre style={{ background: '#f6f6f6', padding: 8, fontSize: 12 }}>{IMPORT_EXAMPLE}</pre>
          <input id='import-file' type='file' accept='.csv,text/csv' onChange={(e) => void pick(e.target.files?.[0])} />
          {fileError && <Alert type='error' showIcon title={fileError} />}
        </Space>
      )}
      {stage.kind === 'checked' && (
        <Space orientation='vertical' style={{ width: '100%' }}>
          <Alert
            id='import-check'
            type={stage.errors.length ? 'warning' : 'success'}
            showIcon
            title={`可导入 ${stage.goods.length} 件商品（${stage.goods.reduce((n, g) => n + g.body.skus.length, 0)} 个 SKU）${stage.errors.length ? `，${stage.errors.length} 处问题（这些行不会导入）` : ''}`}
          />
          {stage.errors.length > 0 && (
            <ul id='import-errors' style={{ maxHeight: 240, overflow: 'auto' }}>
              {stage.errors.map((e) => (
                <li key={`${e.line}-${e.message}`}>
                  第 {e.line} 行：{e.message}
                </li>
              ))}
            </ul>
          )}
          <Space>
            <Button onClick={() => setStage({ kind: 'pick' })}>重新选择文件</Button>
            <Button id='import-start' type='primary' disabled={stage.goods.length === 0} onClick={() => void start(stage.goods)}>
              开始导入
            </Button>
          </Space>
        </Space>
      )}
      {stage.kind === 'running' && (
        <Space orientation='vertical' style={{ width: '100%' }}>
          <div id='import-progress'>
            <Progress percent={Math.floor((stage.done / stage.total) * 100)} status='active' />
          </div>
          <Typography.Text>
            已处理 {stage.done} / {stage.total}
          </Typography.Text>
          <Button id='import-cancel' danger onClick={() => (cancel.current = true)}>
            取消（当前这件完成后停止）
          </Button>
        </Space>
      )}
      {stage.kind === 'done' && (
        <Space orientation='vertical' style={{ width: '100%' }}>
          <Alert
            id='import-summary'
            type={stage.outcome.failed.length ? 'warning' : 'success'}
            showIcon
            title={`成功 ${stage.outcome.created.length} 件，失败 ${stage.outcome.failed.length} 件${stage.outcome.skipped ? `，已取消 ${stage.outcome.skipped} 件未导入` : ''}`}
          />
          {stage.outcome.failed.length > 0 && (
            <ul>
              {stage.outcome.failed.map((f) => (
                <li key={f.title}>
                  第 {f.lines.join('、')} 行「{f.title}」：{f.reason}
                </li>
              ))}
            </ul>
          )}
          <Button id='import-close' type='primary' onClick={close}>
            完成
          </Button>
        </Space>
      )}
    </Modal>
  );
}
