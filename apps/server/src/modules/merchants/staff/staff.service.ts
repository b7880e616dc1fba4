import { Injectable } from '@nestjs/common';
import { type Assistant, ErrorCode } from '@livemall/shared';
import { AppException } from '../../../common/errors/app-exception';
import { StaffRepository } from './staff.repository';

const notAMerchant = () => new AppException(ErrorCode.NOT_A_MERCHANT, 'Only a shop owner can do this');
const noSuchUser = () => new AppException(ErrorCode.NOT_FOUND, 'No such user');

/** Who assists a shop. Only the owner changes it. */
@Injectable()
export class StaffService {
  constructor(private readonly staff: StaffRepository) {}

  async list(ownerUserId: string): Promise<{ items: Assistant[] }> {
    return { items: await this.staff.list(await this.shopOf(ownerUserId)) };
  }

  async add(ownerUserId: string, userId: string): Promise<Assistant> {
    const added = await this.staff.add(await this.shopOf(ownerUserId), userId);
    if (!added) throw noSuchUser();
    return added;
  }

  async remove(ownerUserId: string, userId: string): Promise<{ ok: true }> {
    await this.staff.remove(await this.shopOf(ownerUserId), userId);
    return { ok: true };
  }

  async assisting(userId: string): Promise<{ merchantIds: string[] }> {
    return { merchantIds: await this.staff.assisting(userId) };
  }

  private async shopOf(ownerUserId: string): Promise<string> {
    const merchantId = await this.staff.merchantOf(ownerUserId);
    if (!merchantId) throw notAMerchant();
    return merchantId;
  }
}
