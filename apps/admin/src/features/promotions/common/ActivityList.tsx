import { Table } from 'antd';
import type { TableColumnsType as ColumnsType } from 'antd';
import { useState, type ReactNode } from 'react';
import { ActivityTab } from './ActivityTab';
import { LIVE_FIGURES_MS } from './live';
import { StopButton } from './StopButton';
import { usePolling } from './use-polling';

export interface ListTools {
  /** A 停止 button for a row: confirm, call, then reload (or say why not). */
  stop(rowId: string, what: string, run: () => Promise<unknown>): ReactNode;
}

/**
 * One promotion tab: its list polled every few seconds while shown, a create dialog, stop buttons and the
 * last failure in words. The tabs differ only in what they load, their columns and their form.
 */
export function ActivityList<T extends { id: string }>(props: {
  id: string;
  active: boolean;
  createLabel: string;
  hint?: string;
  emptyText: string;
  load(): Promise<T[]>;
  form(done: () => void): ReactNode;
  columns(tools: ListTools): ColumnsType<T>;
}) {
  const list = usePolling(props.load, LIVE_FIGURES_MS, props.active);
  const [actionError, setActionError] = useState<string | null>(null);
  const tools: ListTools = {
    stop: (rowId, what, run) => (
      <StopButton id={`${props.id}-stop-${rowId}`} what={what} stop={run} done={() => (setActionError(null), void list.reload())} failed={setActionError} />
    ),
  };
  return (
    <ActivityTab
      id={props.id}
      createLabel={props.createLabel}
      hint={props.hint}
      error={actionError ?? list.error}
      form={(close) => props.form(() => (close(), void list.reload()))}
    >
      <Table<T>
        id={`${props.id}-table`}
        rowKey='id'
        size='middle'
        loading={list.loading}
        dataSource={list.data ?? []}
        locale={{ emptyText: props.emptyText }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={props.columns(tools)}
      />
    </ActivityTab>
  );
}
