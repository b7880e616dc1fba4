import { formatFen, type Order } from '@livemall/shared';
import { toCsv } from '../goods/csv';
import { statusText } from './order-words';

const yuan = (fen: number) => formatFen(fen, { symbol: false });
/** Buyers type names and addresses: a leading = + - @ would run as a formula in Excel, so it is quoted out. */
const text = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

export const EXPORT_HEADER = ['订单号', '状态', '下单时间', '收货人', '电话', '地址', '商品', '商品金额', '运费', '优惠', '实付', '已退款', '快递公司', '运单号'];

/**
 * The orders as CSV for Excel: amounts in yuan with two decimals, from fen by `formatFen` (never a
 * float), a UTF-8 BOM so Chinese opens right. Full addresses: an export is for shipping.
 */
export function ordersCsv(orders: Order[]): string {
  const rows = orders.map((o) => [
    o.no,
    statusText[o.status],
    o.createdAt,
    text(o.address.name),
    o.address.phone,
    text(`${o.address.province}${o.address.city}${o.address.district}${o.address.detail}`),
    text(o.items.map((i) => `${i.title}${i.specText ? `（${i.specText}）` : ''} ×${i.quantity}`).join('; ')),
    yuan(o.itemsFen),
    yuan(o.shippingFen),
    yuan(o.discountFen),
    yuan(o.totalFen),
    yuan(o.refundedFen),
    text(o.carrier ?? ''),
    o.trackingNo ?? '',
  ]);
  return toCsv([EXPORT_HEADER, ...rows]);
}

/** Saves text as a file through a temporary link (the browser's download). */
export function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
