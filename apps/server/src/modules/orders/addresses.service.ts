import { Injectable } from '@nestjs/common';
import type { Address, AddressInput } from '@livemall/shared';
import { AddressesRepository } from './addresses.repository';
import { orderErrors } from './orders.errors';

@Injectable()
export class AddressesService {
  constructor(private readonly addresses: AddressesRepository) {}

  async list(userId: string): Promise<{ items: Address[] }> {
    return { items: await this.addresses.list(userId) };
  }

  async create(userId: string, body: AddressInput): Promise<Address> {
    return (await this.addresses.save(userId, null, body)) as Address;
  }

  async update(userId: string, id: string, body: AddressInput): Promise<Address> {
    const saved = await this.addresses.save(userId, id, body);
    if (!saved) throw orderErrors.addressNotFound();
    return saved;
  }

  async remove(userId: string, id: string): Promise<{ ok: true }> {
    if (!(await this.addresses.remove(userId, id))) throw orderErrors.addressNotFound();
    return { ok: true };
  }
}
