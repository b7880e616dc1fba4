import { Input, Table } from 'antd';
import type { SkuRow } from './sku-matrix';

type Field = 'price' | 'originalPrice' | 'stock';

/** The SKU matrix: one row per combination of spec values, price and crossed-out price typed in yuan. */
export function SkuTable({ specNames, rows, onChange }: { specNames: string[]; rows: SkuRow[]; onChange: (next: SkuRow[]) => void }) {
  const set = (key: string, field: Field, text: string) => onChange(rows.map((r) => (r.key === key ? { ...r, [field]: text } : r)));
  const cell = (field: Field, placeholder: string) => (_: unknown, row: SkuRow, i: number) => (
    <Input id={`sku-${i}-${field}`} placeholder={placeholder} value={row[field]} onChange={(e) => set(row.key, field, e.target.value)} />
  );
  return (
    <Table<SkuRow>
      id='sku-table'
      size='small'
      rowKey='key'
      pagination={false}
      dataSource={rows}
      locale={{ emptyText: '请先给每个规格填写值' }}
      columns={[
        ...specNames.map((name, j) => ({ title: name || `规格 ${j + 1}`, key: `spec-${j}`, render: (_: unknown, row: SkuRow) => row.specValues[j] })),
        { title: '价格（元）', key: 'price', width: 140, render: cell('price', '如 19.90') },
        { title: '划线价（元，可空）', key: 'originalPrice', width: 160, render: cell('originalPrice', '可不填') },
        { title: '库存', key: 'stock', width: 120, render: cell('stock', '整数') },
      ]}
    />
  );
}
