import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { identityConfig } from '../identity.config';

export interface LinkClaims {
  /** What the link opens, e.g. a submission id. */
  subject: string;
  /** Who it was made for. */
  userId: string;
  /** Seconds since the epoch. */
  expiresAt: number;
}

/**
 * Short-lived signed links for resources a browser fetches without an Authorization header
 * (a <video> element's src). HMAC-SHA256 with a key derived from the JWT secret and the
 * link's purpose, so a link is never an access token and one purpose's link opens nothing else.
 */
@Injectable()
export class LinkSigner {
  constructor(
    @Inject(identityConfig.KEY) private readonly config: ConfigType<typeof identityConfig>,
  ) {}

  sign(purpose: string, claims: Omit<LinkClaims, 'expiresAt'>, ttlSeconds: number): string {
    const expiresAt = Math.floor(Date.now() / 1000) + ttlSeconds;
    const payload = Buffer.from(`${claims.subject}.${claims.userId}.${expiresAt}`).toString(
      'base64url',
    );
    return `${payload}.${this.mac(purpose, payload)}`;
  }

  /** The claims of a valid, unexpired link of this purpose; null otherwise. */
  verify(purpose: string, token: string): LinkClaims | null {
    const [payload = '', mac = '', ...rest] = token.split('.');
    if (rest.length > 0 || !payload || !mac) return null;
    const expected = Buffer.from(this.mac(purpose, payload));
    const given = Buffer.from(mac);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    const [subject = '', userId = '', exp = ''] = Buffer.from(payload, 'base64url')
      .toString()
      .split('.');
    const expiresAt = Number(exp);
    if (!subject || !userId || !Number.isInteger(expiresAt)) return null;
    if (expiresAt < Date.now() / 1000) return null;
    return { subject, userId, expiresAt };
  }

  private mac(purpose: string, payload: string): string {
    const key = createHmac('sha256', this.config.jwtSecret).update(`link:${purpose}`).digest();
    return createHmac('sha256', key).update(payload).digest('base64url');
  }
}
