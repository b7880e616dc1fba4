import { Injectable } from '@nestjs/common';
import { UsersRepository } from '../users/users.repository';
import { hashPassword } from '../staff-auth/password-hash';
import { DEMO_CONSOLE_LOGIN, DEMO_SEED_KEYS } from './demo-accounts';
import { demoContents } from './demo-content';
import { demoCategories, demoGoods, demoMerchant, demoRooms, demoSupportFaqs } from './demo-data';
import { SeedRepository } from './seed.repository';

/** Seeds one merchant (with its owner account and the owner's console login), an admin, a live room, an upcoming room, categories, goods with SKUs, 种草 content linking them and customer-service FAQ rules. */
@Injectable()
export class DemoSeedService {
  constructor(
    private readonly users: UsersRepository,
    private readonly seed: SeedRepository,
  ) {}

  async run(now: Date = new Date()): Promise<void> {
    const owner = await this.users.upsertSeeded(DEMO_SEED_KEYS.merchant, { nickname: demoMerchant.owner.nickname }, ['user', 'merchant']);
    await this.users.upsertSeeded(DEMO_SEED_KEYS.admin, { nickname: '平台管理员' }, ['user', 'admin']);
    await this.seed.ensureMerchant({ id: demoMerchant.id, ownerUserId: owner.id, name: demoMerchant.name });
    // Checked first so a boot does not pay for a hash it would throw away.
    if (!(await this.seed.hasStaffCredential(owner.id))) {
      await this.seed.ensureStaffCredential(owner.id, DEMO_CONSOLE_LOGIN.login, await hashPassword(DEMO_CONSOLE_LOGIN.password));
    }
    for (const room of demoRooms) {
      const scheduledAt = room.hoursFromNow === null ? null : new Date(now.getTime() + room.hoursFromNow * 3_600_000);
      await this.seed.ensureRoom({ ...room, merchantId: demoMerchant.id, scheduledAt });
    }
    for (const category of demoCategories) await this.seed.ensureCategory(category);
    for (const goods of demoGoods) await this.seed.ensureGoods({ ...goods, merchantId: demoMerchant.id });
    for (const content of demoContents) await this.seed.ensureContent({ ...content, merchantId: demoMerchant.id });
    await this.seed.ensureSupportFaqs(demoMerchant.id, demoSupportFaqs);
  }
}
