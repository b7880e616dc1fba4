import { useCallback, useState } from 'react';
import { api, type Lottery } from '@livemall/shared';
import { errorText } from '@/services/error-text';
import { call } from '@/services/request';
import { checkLottery, lotteryCheckText } from './lottery-verify';

export type LotteryCheckView =
  | { status: 'idle' }
  | { status: 'checking' }
  | { status: 'done'; ok: boolean; text: string };

/** The "验证" action: the published entrants, then the draw recomputed on this device. */
export function useLotteryCheck(): { view: (lotteryId: string) => LotteryCheckView; run(lottery: Lottery): void } {
  const [views, setViews] = useState<Record<string, LotteryCheckView>>({});

  const run = useCallback((lottery: Lottery) => {
    const set = (v: LotteryCheckView) => setViews((all) => ({ ...all, [lottery.id]: v }));
    set({ status: 'checking' });
    call(api.lotteryEntrants, { params: { id: lottery.id } }).then(
      ({ entrants }) => {
        const check = checkLottery(lottery, entrants);
        set({ status: 'done', ok: check.ok, text: lotteryCheckText(check) });
      },
      (error: unknown) => set({ status: 'done', ok: false, text: `无法验证：${errorText(error)}` }),
    );
  }, []);

  const view = useCallback((id: string): LotteryCheckView => views[id] ?? { status: 'idle' }, [views]);
  return { view, run };
}
