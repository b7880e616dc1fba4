import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { formatFen } from '@livemall/shared';
import { buildVerifyModel, type VerifyQuery } from './verify-model';
import { usePageView } from '@/hooks/usePageView';
import './index.scss';

/**
 * 公平性验证: anyone can recompute a finished red packet from its revealed seed. The packet page links
 * here with the packet's facts in the query string.
 */
export default function VerifyPage() {
  usePageView();
  const { params } = useRouter();
  const model = buildVerifyModel(decodeAll(params));
  if (model.kind === 'invalid') return <View className='verify-page verify-page--invalid'>{model.message}</View>;
  return (
    <View className='verify-page'>
      <Text id='verify-verdict' className={`verify-page__verdict verify-page__verdict--${model.ok ? 'ok' : 'bad'}`}>
        {model.verdict}
      </Text>
      <View id='verify-shares' className='verify-page__shares' data-shares={model.rows.map((r) => r.expected).join(',')}>
        {model.rows.map((row) => (
          <View key={row.position} className={`verify-page__row${row.matches ? '' : ' verify-page__row--bad'}`}>
            <Text>第 {row.position} 份</Text>
            <Text>{formatFen(row.expected)}</Text>
            <Text className='verify-page__note'>
              {row.observed === null ? '未领取' : row.matches ? (row.position - 1 === model.luckiestIndex ? '手气最佳' : '✓') : `实际 ${formatFen(row.observed)}`}
            </Text>
          </View>
        ))}
      </View>
    </View>
  );
}

function decodeAll(params: Record<string, string | undefined>): VerifyQuery {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, v === undefined ? v : decodeURIComponent(v)]));
}
