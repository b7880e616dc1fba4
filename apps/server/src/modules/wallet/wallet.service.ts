import { Injectable } from '@nestjs/common';
import type { PageQuery, TopUpRequest, Wallet } from '@livemall/shared';
import { z } from 'zod';
import { decodeCursor, pageFrom } from '../../common/paging/cursor';
import { MerchantsRepository } from '../merchants/merchants.repository';
import type { WalletOwnerType } from './entities/wallet.entity';
import { walletErrors } from './wallet.errors';
import { SYSTEM_WALLET_OWNER, WalletRepository } from './wallet.repository';

const cursorSchema = z.object({ id: z.string().regex(/^\d+$/) });

@Injectable()
export class WalletService {
  constructor(
    private readonly wallets: WalletRepository,
    private readonly merchants: MerchantsRepository,
  ) {}

  /** Demo and test money for a merchant, from the system wallet. Idempotent by request id. */
  async topUp(input: TopUpRequest): Promise<{ merchantId: string; balance: number }> {
    if (!(await this.merchants.findById(input.merchantId))) throw walletErrors.merchantNotFound();
    await this.wallets.runInTransaction(async (m) => {
      const from = await this.wallets.ensure('system', SYSTEM_WALLET_OWNER, m);
      const to = await this.wallets.ensure('merchant', input.merchantId, m);
      const moved = await this.wallets.move(m, { from, to, amount: input.amount, reason: 'topup', reference: input.merchantId, key: `topup:${input.requestId}` });
      if (!moved && !(await this.sameTopUp(m, input))) throw walletErrors.idempotencyConflict();
    });
    return { merchantId: input.merchantId, balance: await this.wallets.balanceOf('merchant', input.merchantId) };
  }

  async myWallet(userId: string, query: PageQuery): Promise<Wallet> {
    return this.walletOf('user', userId, query);
  }

  async merchantWallet(ownerUserId: string, query: PageQuery): Promise<Wallet> {
    const merchant = await this.merchants.findByOwner(ownerUserId);
    if (!merchant) throw walletErrors.notAMerchant();
    return this.walletOf('merchant', merchant.id, query);
  }

  private async walletOf(owner: WalletOwnerType, ownerId: string, query: PageQuery): Promise<Wallet> {
    const after = decodeCursor(cursorSchema, query.cursor);
    const rows = await this.wallets.history(owner, ownerId, after?.id, query.limit + 1);
    const page = pageFrom(rows, query.limit, (r) => ({ id: r.id }));
    return {
      balance: await this.wallets.balanceOf(owner, ownerId),
      entries: page.items.map((r) => ({ id: r.id, delta: r.delta, reason: r.reason, reference: r.reference, createdAt: r.createdAt.toISOString() })),
      nextCursor: page.nextCursor,
    };
  }

  private async sameTopUp(m: import('typeorm').EntityManager, input: TopUpRequest): Promise<boolean> {
    const rows: Array<{ delta: string; reference: string }> = await m.query(
      `SELECT delta, reference FROM ledger_entries WHERE idempotency_key = $1 AND leg = 'credit'`,
      [`topup:${input.requestId}`],
    );
    return rows[0] !== undefined && Number(rows[0].delta) === input.amount && rows[0].reference === input.merchantId;
  }
}
