import { parseSubscribeTemplates } from './subscribe-templates';

describe('parseSubscribeTemplates', () => {
  it('reads kind=id pairs, ignoring blanks', () => {
    expect(parseSubscribeTemplates(' order_shipped=AbC-1_x , ,room_live=XyZ')).toEqual({ order_shipped: 'AbC-1_x', room_live: 'XyZ' });
    expect(parseSubscribeTemplates(undefined)).toEqual({});
  });

  it.each([
    ['shipped=AbC', /unknown kind "shipped"/],
    ['order_shipped=', /order_shipped needs one template id/],
    ['order_shipped=a=b', /order_shipped needs one template id/],
    ['order_shipped=a b', /order_shipped needs one template id/],
    ['room_live=a,room_live=b', /room_live is given twice/],
  ])('refuses %s', (raw, message) => {
    expect(parseSubscribeTemplates(raw)).toMatch(message);
  });
});
