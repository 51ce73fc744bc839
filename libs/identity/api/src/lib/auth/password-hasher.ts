import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import argon2 from 'argon2';
import { identityConfig } from '../identity.config';

/** argon2id with OWASP's minimum parameters (19 MiB, 2 passes, 1 lane) unless configured higher. */
@Injectable()
export class PasswordHasher {
  /** Verified against when an email is unknown, so both paths take the same time. */
  private decoy?: Promise<string>;

  constructor(
    @Inject(identityConfig.KEY) private readonly config: ConfigType<typeof identityConfig>,
  ) {}

  hash(password: string): Promise<string> {
    return argon2.hash(password, {
      type: argon2.argon2id,
      memoryCost: this.config.argon2MemoryKib,
      timeCost: 2,
      parallelism: 1,
    });
  }

  async verify(hash: string | undefined, password: string): Promise<boolean> {
    if (!hash) {
      this.decoy ??= this.hash('decoy password that never matches');
      await argon2.verify(await this.decoy, password).catch(() => false);
      return false;
    }
    try {
      return await argon2.verify(hash, password);
    } catch {
      return false;
    }
  }
}
