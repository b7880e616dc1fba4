import { acceptedIds, templateIdsFor } from './subscribe-model';

describe('subscribe-model', () => {
  const templates = [
    { kind: 'order_shipped', templateId: 'T-ship' },
    { kind: 'refund_done', templateId: 'T-refund' },
    { kind: 'room_live', templateId: 'T-live' },
  ] as const;

  it('asks only for the configured templates of the kinds at hand', () => {
    expect(templateIdsFor(templates, ['order_shipped', 'refund_done', 'group_failed'])).toEqual(['T-ship', 'T-refund']);
    expect(templateIdsFor(templates, ['points_expiring'])).toEqual([]);
    expect(templateIdsFor([], ['room_live'])).toEqual([]);
  });

  it('records only what the user accepted', () => {
    expect(acceptedIds(['T-ship', 'T-refund'], { 'T-ship': 'accept', 'T-refund': 'reject', errMsg: 'requestSubscribeMessage:ok' })).toEqual(['T-ship']);
  });
});
