import { defineRoute } from './contract';
import { bargainFiguresQuerySchema, bargainFiguresSchema } from './promotions-console';

/** Routes the merchant console's promotions screen needed beyond the marketing features' own (issue 10). */
export const promotionsConsoleRoutes = {
  merchantBargainFigures: defineRoute({
    method: 'GET',
    path: '/merchant/bargain-activities/figures',
    tag: 'bargains',
    summary: 'Bargains started, at the floor, ordered and expired for some of your activities (others’ ids are left out)',
    access: ['merchant'],
    query: bargainFiguresQuerySchema,
    response: bargainFiguresSchema,
    errors: ['NOT_A_MERCHANT'],
  }),
} as const;
