import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { MAX_SPECS } from '@livemall/shared';
import { Button, Input, Space } from 'antd';
import type { SpecDraft } from './sku-matrix';

/** Specs as name + values typed "红/蓝"; every change rebuilds the SKU matrix (the parent keeps typed rows). */
export function SpecsField({ value, onChange }: { value: SpecDraft[]; onChange: (next: SpecDraft[]) => void }) {
  const set = (i: number, patch: Partial<SpecDraft>) => onChange(value.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  return (
    <Space orientation='vertical' style={{ width: '100%' }}>
      {value.map((spec, i) => (
        <Space.Compact key={i} style={{ width: '100%' }}>
          <Input id={`spec-name-${i}`} style={{ width: 160 }} placeholder='规格名，如 颜色' value={spec.name} onChange={(e) => set(i, { name: e.target.value })} />
          <Input id={`spec-values-${i}`} placeholder='规格值，用 / 分隔，如 红/蓝' value={spec.valuesText} onChange={(e) => set(i, { valuesText: e.target.value })} />
          <Button id={`spec-remove-${i}`} danger icon={<DeleteOutlined />} onClick={() => onChange(value.filter((_, j) => j !== i))} aria-label='删除规格' />
        </Space.Compact>
      ))}
      <Button id='spec-add' icon={<PlusOutlined />} disabled={value.length >= MAX_SPECS} onClick={() => onChange([...value, { name: '', valuesText: '' }])}>
        添加规格（最多 {MAX_SPECS} 种）
      </Button>
    </Space>
  );
}
