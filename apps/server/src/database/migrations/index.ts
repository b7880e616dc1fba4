import { Foundation1763790000000 } from './1763790000000-foundation';
import { RedPackets1763800000000 } from './1763800000000-red-packets';
import { LiveRoom1763900000000 } from './1763900000000-live-room';
import { LiveHost1763910000000 } from './1763910000000-live-host';
import { GiftsLottery1763920000000 } from './1763920000000-gifts-lottery';
import { MerchantStaff1763930000000 } from './1763930000000-merchant-staff';
import { Orders1763990000000 } from './1763990000000-orders';
import { Catalogue1764000000000 } from './1764000000000-catalogue';
import { Payments1764100000000 } from './1764100000000-payments';
import { OrderSources1764200000000 } from './1764200000000-order-sources';
import { Bargains1764600000000 } from './1764600000000-bargains';
import { Invites1764650000000 } from './1764650000000-invites';
import { Birthdays1764700000000 } from './1764700000000-birthdays';
import { Members1764900000000 } from './1764900000000-members';
import { GroupBuys1764400000000 } from './1764400000000-group-buys';
import { Coupons1764300000000 } from './1764300000000-coupons';
import { FlashSales1764500000000 } from './1764500000000-flash-sales';
import { Notifications1765000000000 } from './1765000000000-notifications';
import { Points1764800000000 } from './1764800000000-points';
import { Experiments1765200000000 } from './1765200000000-experiments';
import { AnalyticsEvents1765300000000 } from './1765300000000-analytics-events';
import { Dashboards1765400000000 } from './1765400000000-dashboards';
import { Support1765500000000 } from './1765500000000-support';
import { Content1765600000000 } from './1765600000000-content';
import { StaffCredentials1765800000000 } from './1765800000000-staff-credentials';

/** Migrations in the order they run. Add new ones at the end. */
export const migrations: Function[] = [
  Foundation1763790000000,
  RedPackets1763800000000,
  LiveRoom1763900000000,
  LiveHost1763910000000,
  GiftsLottery1763920000000,
  MerchantStaff1763930000000,
  Orders1763990000000,
  Catalogue1764000000000,
  Payments1764100000000,
  OrderSources1764200000000,
  Coupons1764300000000,
  GroupBuys1764400000000,
  FlashSales1764500000000,
  Bargains1764600000000,
  Invites1764650000000,
  Birthdays1764700000000,
  Points1764800000000,
  Members1764900000000,
  Notifications1765000000000,
  Experiments1765200000000,
  AnalyticsEvents1765300000000,
  Dashboards1765400000000,
  Support1765500000000,
  Content1765600000000,
  StaffCredentials1765800000000,
];
