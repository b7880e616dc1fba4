import type { CreateCouponTemplateRequest } from '@livemall/shared';
import { toFen } from '../../../components/yuan';
import { iso, type Window } from '../common/window';

/** The coupon form as typed: money and counts stay text until they are converted exactly. */
export interface CouponFormValues {
  name: string;
  kind: 'amount_off' | 'percent_off';
  threshold: string;
  amount?: string;
  payPercent?: string;
  cap?: string;
  validityKind: 'relative' | 'absolute';
  validDays?: string;
  validRange?: Window;
  totalQuantity: string;
  perUserLimit: string;
  scopeKind: 'all' | 'goods';
  goodsIds?: string[];
  newUserOnly: boolean;
  showInCentre: boolean;
}

export function couponRequest(v: CouponFormValues): CreateCouponTemplateRequest {
  const thresholdFen = toFen(v.threshold || '0');
  return {
    name: v.name.trim(),
    rule:
      v.kind === 'amount_off'
        ? { kind: 'amount_off', thresholdFen, amountFen: toFen(v.amount) }
        : { kind: 'percent_off', thresholdFen, payPercent: Number(v.payPercent), capFen: toFen(v.cap) },
    validity:
      v.validityKind === 'relative'
        ? { kind: 'relative', validDays: Number(v.validDays) }
        : { kind: 'absolute', validFrom: iso(v.validRange![0]), validTo: iso(v.validRange![1]) },
    totalQuantity: Number(v.totalQuantity),
    perUserLimit: Number(v.perUserLimit),
    scope: v.scopeKind === 'goods' ? { kind: 'goods', ids: v.goodsIds ?? [] } : { kind: 'all' },
    newUserOnly: v.newUserOnly,
    showInCentre: v.showInCentre,
    grantOnSignup: false,
    grantOnBirthday: false,
  };
}
