import { View } from '@tarojs/components';

export interface OpenButtonProps {
  /** Spins while the grab is in flight. */
  spinning: boolean;
  onOpen: () => void;
}

export function OpenButton({ spinning, onOpen }: OpenButtonProps) {
  return (
    <View
      id='red-packet-open'
      className={`red-packet-open${spinning ? ' red-packet-open--spinning' : ''}`}
      aria-label='开红包'
      onClick={spinning ? undefined : onOpen}
    >
      開
    </View>
  );
}
