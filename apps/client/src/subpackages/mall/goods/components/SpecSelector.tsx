import { Text, View } from '@tarojs/components';
import type { Spec } from '@livemall/shared';
import type { SpecOption } from '../sku-select';

export interface SpecSelectorProps {
  specs: readonly Spec[];
  options: readonly SpecOption[][];
  onPick(specIndex: number, value: string): void;
}

/** One row per spec; values that lead to no SKU in stock are greyed out and ignore taps. */
export function SpecSelector({ specs, options, onPick }: SpecSelectorProps) {
  return (
    <View id='goods-specs' className='specs'>
      {specs.map((spec, i) => (
        <View key={spec.name} className='specs__row'>
          <Text className='specs__name'>{spec.name}</Text>
          <View className='specs__values'>
            {(options[i] ?? []).map((o) => (
              <Text
                key={o.value}
                id={`goods-spec-${i}-${spec.values.indexOf(o.value)}`}
                className={`specs__value${o.selected ? ' specs__value--on' : ''}${o.enabled ? '' : ' specs__value--off'}`}
                aria-disabled={!o.enabled}
                onClick={o.enabled ? () => onPick(i, o.value) : undefined}
              >
                {o.value}
              </Text>
            ))}
          </View>
        </View>
      ))}
    </View>
  );
}
