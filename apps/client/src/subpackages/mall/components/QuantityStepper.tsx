import { Text, View } from '@tarojs/components';

export interface QuantityStepperProps {
  id: string;
  value: number;
  max: number;
  min?: number;
  disabled?: boolean;
  onChange(value: number): void;
}

/** − n +, bounded by [min, max]; a bound greys its button out. */
export function QuantityStepper({ id, value, max, min = 1, disabled = false, onChange }: QuantityStepperProps) {
  const canDown = !disabled && value > min;
  const canUp = !disabled && value < max;
  return (
    <View id={id} className='stepper'>
      <Text
        id={`${id}-minus`}
        className={`stepper__btn${canDown ? '' : ' stepper__btn--off'}`}
        onClick={(e) => {
          e.stopPropagation();
          if (canDown) onChange(value - 1);
        }}
      >
        −
      </Text>
      <Text id={`${id}-value`} className='stepper__value'>
        {value}
      </Text>
      <Text
        id={`${id}-plus`}
        className={`stepper__btn${canUp ? '' : ' stepper__btn--off'}`}
        onClick={(e) => {
          e.stopPropagation();
          if (canUp) onChange(value + 1);
        }}
      >
        +
      </Text>
    </View>
  );
}
