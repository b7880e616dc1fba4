import { Card, Col, Row, Statistic } from 'antd';

export interface Kpi {
  id: string;
  label: string;
  value: string;
  /** A second line: what the figure means or its parts. */
  hint?: string;
}

/** Figures as cards, already formatted (fen and basis points are turned to text by the caller). */
export function KpiGrid({ items, loading }: { items: Kpi[]; loading: boolean }) {
  return (
    <Row gutter={[16, 16]}>
      {items.map((k) => (
        <Col key={k.id} xs={12} md={8} xl={6}>
          <Card size='small' loading={loading}>
            <Statistic title={k.label} value={k.value} valueRender={() => <span id={`kpi-${k.id}`}>{k.value}</span>} />
            {k.hint && <div style={{ color: 'rgba(0,0,0,0.45)', fontSize: 12, marginTop: 4 }}>{k.hint}</div>}
          </Card>
        </Col>
      ))}
    </Row>
  );
}
