import type { FlashSale, FlashSaleStatus, MerchantFlashSale } from '@livemall/shared';
import type { SaleFigures, SaleRow } from './flash-sales.repository';

export function statusOf(sale: SaleRow, now = Date.now()): FlashSaleStatus {
  if (sale.settledAt || sale.stoppedAt || now >= new Date(sale.endsAt).getTime()) return 'ended';
  return now < new Date(sale.startsAt).getTime() ? 'upcoming' : 'live';
}

export function toFlashSale(sale: SaleRow, now = Date.now()): FlashSale {
  return {
    id: sale.id, merchantId: sale.merchantId, goodsId: sale.goodsId, skuId: sale.skuId, title: sale.title, coverUrl: sale.coverUrl,
    specText: sale.specText, normalPriceFen: sale.normalPriceFen, salePriceFen: sale.salePriceFen, totalUnits: sale.totalUnits,
    unitsLeft: sale.unitsLeft, perUserLimit: sale.perUserLimit, payMinutes: sale.payMinutes,
    startsAt: new Date(sale.startsAt).toISOString(), endsAt: new Date(sale.endsAt).toISOString(), status: statusOf(sale, now),
  };
}

export function toMerchantFlashSale(sale: SaleRow, figures: SaleFigures | undefined): MerchantFlashSale {
  return {
    ...toFlashSale(sale),
    unitsOrdered: figures?.unitsOrdered ?? 0,
    unitsPaid: figures?.unitsPaid ?? 0,
    unitsReturned: sale.unitsReturned,
    stoppedAt: sale.stoppedAt ? new Date(sale.stoppedAt).toISOString() : null,
    createdAt: new Date(sale.createdAt).toISOString(),
  };
}
