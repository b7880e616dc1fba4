import { Injectable } from '@nestjs/common';
import type { MerchantRedPacket, PageQuery } from '@livemall/shared';
import { z } from 'zod';
import { decodeCursor, pageFrom } from '../../common/paging/cursor';
import { MerchantsRepository } from '../merchants/merchants.repository';
import { walletErrors } from '../wallet/wallet.errors';
import { toRedPacketDto } from './red-packet.mapper';
import { RedPacketSummariesRepository } from './red-packet-summaries.repository';

const cursor = z.object({ createdAt: z.string(), id: z.string().uuid() });

/** The merchant console's list of a shop's packets across its rooms. */
@Injectable()
export class MerchantRedPacketListService {
  constructor(
    private readonly merchants: MerchantsRepository,
    private readonly summaries: RedPacketSummariesRepository,
  ) {}

  /** Only the caller's own shop, newest first. */
  async list(ownerUserId: string, query: PageQuery): Promise<{ items: MerchantRedPacket[]; nextCursor: string | null }> {
    const merchant = await this.merchants.findByOwner(ownerUserId);
    if (!merchant) throw walletErrors.notAMerchant();
    const rows = await this.summaries.listByMerchant(merchant.id, decodeCursor(cursor, query.cursor), query.limit + 1);
    const page = pageFrom(rows, query.limit, (r) => ({ createdAt: r.packet.createdAt.toISOString(), id: r.packet.id }));
    return {
      nextCursor: page.nextCursor,
      items: page.items.map(({ packet, ...summary }) => ({ ...toRedPacketDto(packet, null), ...summary })),
    };
  }
}
