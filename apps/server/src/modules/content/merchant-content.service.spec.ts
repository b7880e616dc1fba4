import type { ContentInput } from '@livemall/shared';
import { strictFake } from '../../../test/support/strict-fake';
import type { MerchantEntity } from '../merchants/entities/merchant.entity';
import type { MerchantsRepository } from '../merchants/merchants.repository';
import type { ContentRepository } from './content.repository';
import type { ContentEntity } from './entities/content.entity';
import { MerchantContentService } from './merchant-content.service';

const merchants = strictFake<MerchantsRepository>('merchants', { findByOwner: async () => ({ id: 'm1' }) as MerchantEntity });
const input: ContentInput = { kind: 'article', title: '标题', summary: null, coverUrl: null, body: '正文', goodsIds: ['g1', 'g2'] };
const row = (over: Partial<ContentEntity> = {}) => ({ id: 'c1', merchantId: 'm1', status: 'draft', ...over }) as ContentEntity;

describe('MerchantContentService (strict fakes)', () => {
  it("answers another shop's content as not found before looking at the goods or writing", async () => {
    const repo = strictFake<ContentRepository>('repo', { byId: async () => row({ merchantId: 'm2' }) });
    await expect(new MerchantContentService(repo, merchants).update('u1', 'c1', input)).rejects.toMatchObject({ code: 'CONTENT_NOT_FOUND' });
  });

  it('refuses goods of another shop with their ids and inserts nothing', async () => {
    const repo = strictFake<ContentRepository>('repo', { foreignGoods: async () => ['g2'] });
    await expect(new MerchantContentService(repo, merchants).create('u1', input)).rejects.toMatchObject({
      code: 'CONTENT_GOODS_INVALID', details: { goodsIds: ['g2'] },
    });
  });

  it('tells a lost publish race (already published) from a missing content', async () => {
    let current: ContentEntity | null = row({ status: 'published' });
    const repo = strictFake<ContentRepository>('repo', { transition: async () => false, byId: async () => current });
    const service = new MerchantContentService(repo, merchants);
    await expect(service.publish('u1', 'c1')).rejects.toMatchObject({ code: 'CONTENT_STATUS_INVALID' });
    current = null;
    await expect(service.publish('u1', 'c1')).rejects.toMatchObject({ code: 'CONTENT_NOT_FOUND' });
  });

  it('asks for no shop work from an account without a shop', async () => {
    const none = strictFake<MerchantsRepository>('merchants', { findByOwner: async () => null });
    await expect(new MerchantContentService(strictFake<ContentRepository>('repo', {}), none).delete('u1', 'c1')).rejects.toMatchObject({ code: 'NOT_A_MERCHANT' });
  });
});
