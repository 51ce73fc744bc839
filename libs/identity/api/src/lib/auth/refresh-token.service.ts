import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditTrail } from '@lms/platform/api';
import { AuditEventType } from '@lms/shared/contracts';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import { identityConfig } from '../identity.config';
import { IdentityErrorCode, IdentityException } from '../identity.exception';
import { RefreshTokenEntity } from './refresh-token.entity';

export interface IssuedRefreshToken {
  token: string;
  expiresAt: Date;
}

export interface RotatedRefreshToken extends IssuedRefreshToken {
  userId: string;
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

@Injectable()
export class RefreshTokenService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(identityConfig.KEY) private readonly config: ConfigType<typeof identityConfig>,
    private readonly audit: AuditTrail,
  ) {}

  /** Starts a new family (a sign-in) or continues one (a rotation). */
  async issue(
    userId: string,
    options: { familyId?: string; userAgent?: string; manager?: EntityManager } = {},
  ): Promise<IssuedRefreshToken> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.config.refreshTtlDays * 86_400_000);
    await (options.manager ?? this.dataSource.manager).insert(RefreshTokenEntity, {
      userId,
      familyId: options.familyId ?? randomUUID(),
      tokenHash: hashToken(token),
      expiresAt,
      userAgent: options.userAgent?.slice(0, 300) ?? null,
    });
    return { token, expiresAt };
  }

  /**
   * Exchanges a refresh token for a new one of the same family. The row is locked, so two
   * concurrent uses of one token cannot both succeed: the second is a reuse and revokes the
   * family. Reuse detection commits even though the request fails.
   */
  async rotate(token: string, userAgent?: string): Promise<RotatedRefreshToken> {
    const outcome = await this.dataSource.transaction(async (em) => {
      const row = await em.findOne(RefreshTokenEntity, {
        where: { tokenHash: hashToken(token) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!row) return { ok: false, error: IdentityErrorCode.InvalidRefreshToken } as const;
      if (row.usedAt) {
        await this.revokeFamily(em, row.familyId, 'reuse');
        await this.audit.record(em, {
          type: AuditEventType.RefreshTokenReused,
          actorId: row.userId,
          subjectType: 'user',
          subjectId: row.userId,
          payload: { familyId: row.familyId },
        });
        return { ok: false, error: IdentityErrorCode.RefreshTokenReused } as const;
      }
      if (row.revokedAt || row.expiresAt.getTime() <= Date.now())
        return { ok: false, error: IdentityErrorCode.InvalidRefreshToken } as const;
      await em.update(RefreshTokenEntity, { id: row.id }, { usedAt: new Date() });
      const next = await this.issue(row.userId, { familyId: row.familyId, userAgent, manager: em });
      return { ok: true, value: { ...next, userId: row.userId } } as const;
    });
    if (!outcome.ok) throw new IdentityException(outcome.error);
    return outcome.value;
  }

  /** Sign-out: the presented token's family can no longer be used. */
  async revokeFamilyOf(token: string, reason: string): Promise<void> {
    const row = await this.dataSource.manager.findOneBy(RefreshTokenEntity, {
      tokenHash: hashToken(token),
    });
    if (row) await this.revokeFamily(this.dataSource.manager, row.familyId, reason);
  }

  private async revokeFamily(em: EntityManager, familyId: string, reason: string): Promise<void> {
    await em.update(
      RefreshTokenEntity,
      { familyId, revokedAt: IsNull() },
      { revokedAt: new Date(), revokedReason: reason },
    );
  }
}
