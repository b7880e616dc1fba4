import { Button, Text, View } from '@tarojs/components';
import { formatFen } from '@livemall/shared';
import type { GrabOutcome } from '../grab-outcome';

export interface OutcomeViewProps {
  outcome: GrabOutcome;
  onLogin: () => void;
}

/** The opened packet: the amount large, or why there is none. */
export function OutcomeView({ outcome, onLogin }: OutcomeViewProps) {
  if (outcome.kind === 'amount') {
    return (
      <View className='red-packet-outcome red-packet-outcome--amount'>
        <Text id='red-packet-amount' className='red-packet-outcome__amount'>
          {formatFen(outcome.amount)}
        </Text>
        {outcome.note ? (
          <Text id='red-packet-note' className='red-packet-outcome__note'>
            {outcome.note}
          </Text>
        ) : null}
        <Text className='red-packet-outcome__hint'>已存入钱包</Text>
      </View>
    );
  }
  return (
    <View className='red-packet-outcome'>
      <Text id='red-packet-reason' className='red-packet-outcome__reason'>
        {outcome.reason}
      </Text>
      {outcome.kind === 'login' ? (
        <Button id='red-packet-login' className='red-packet-outcome__login' size='mini' onClick={onLogin}>
          去登录
        </Button>
      ) : null}
    </View>
  );
}
