import { Text, View } from '@tarojs/components';
import { formatFen } from '@livemall/shared';

export interface Figure {
  label: string;
  fen: number;
  /** Shown as a deduction (−¥…). */
  minus?: boolean;
  id?: string;
}

/** The money rows of a checkout or an order, every figure as the server sent it. */
export function Figures({ rows, total, totalId }: { rows: readonly Figure[]; total: { label: string; fen: number }; totalId: string }) {
  return (
    <View className='mall-card figures'>
      {rows.map((r) => (
        <View key={r.label} className='figures__row'>
          <Text className='figures__label'>{r.label}</Text>
          <Text id={r.id} className='figures__value'>
            {r.minus ? `-${formatFen(r.fen)}` : formatFen(r.fen)}
          </Text>
        </View>
      ))}
      <View className='figures__row figures__row--total'>
        <Text className='figures__label'>{total.label}</Text>
        <Text id={totalId} className='figures__total'>
          {formatFen(total.fen)}
        </Text>
      </View>
    </View>
  );
}
