import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import { RefreshTokenEntity } from './entities/refresh-token.entity';

export interface ConsumedToken {
  userId: string;
  familyId: string;
}

@Injectable()
export class RefreshTokenRepository {
  constructor(@InjectRepository(RefreshTokenEntity) private readonly tokens: Repository<RefreshTokenEntity>) {}

  async insert(row: { userId: string; tokenHash: string; familyId: string; expiresAt: Date }): Promise<void> {
    await this.tokens.insert(row);
  }

  /** Marks a live token used, in one statement: of two requests racing with the same token, one wins. */
  async consume(tokenHash: string): Promise<ConsumedToken | null> {
    const rows: Array<{ user_id: string; family_id: string }> = await this.tokens.query(
      `UPDATE refresh_tokens SET revoked_at = now()
        WHERE token_hash = $1 AND revoked_at IS NULL AND expires_at > now()
        RETURNING user_id, family_id`,
      [tokenHash],
    );
    // TypeORM's postgres driver answers an UPDATE … RETURNING with [rows, affected].
    const list = (Array.isArray(rows[0]) ? rows[0] : rows) as Array<{ user_id: string; family_id: string }>;
    const row = list[0];
    return row ? { userId: row.user_id, familyId: row.family_id } : null;
  }

  findFamilyOf(tokenHash: string): Promise<RefreshTokenEntity | null> {
    return this.tokens.findOneBy({ tokenHash });
  }

  async revokeFamily(familyId: string): Promise<void> {
    await this.tokens.update({ familyId, revokedAt: IsNull() }, { revokedAt: () => 'now()' });
  }

  async revoke(tokenHash: string): Promise<void> {
    await this.tokens.update({ tokenHash, revokedAt: IsNull() }, { revokedAt: () => 'now()' });
  }
}
