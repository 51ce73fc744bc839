import { Injectable } from '@nestjs/common';
import type { MeResponse, Profession, Role, UserSummary } from '@lms/shared/contracts';
import { type LinkClaims, LinkSigner } from './auth/link-signer';
import { toUserSummary } from './user/user.mapper';
import { UserService } from './user/user.service';

export interface EnsureUserInput {
  email: string;
  password: string;
  fullName: string;
  profession: Profession;
  roles: Role[];
}

/** What other domains (and the composition root's seed) may ask of identity. */
@Injectable()
export class IdentityFacade {
  constructor(
    private readonly users: UserService,
    private readonly links: LinkSigner,
  ) {}

  /** A signed link token for `subject`, made for one user, valid for `ttlSeconds`. */
  signLink(purpose: string, subject: string, userId: string, ttlSeconds: number): string {
    return this.links.sign(purpose, { subject, userId }, ttlSeconds);
  }

  /** The claims of a valid link token of this purpose, or null. */
  verifyLink(purpose: string, token: string): LinkClaims | null {
    return this.links.verify(purpose, token);
  }

  /** Creates the account unless one with this email exists; returns its id. Idempotent. */
  async ensureUser(input: EnsureUserInput): Promise<{ id: string; created: boolean }> {
    const existing = await this.users.findByEmailWithPassword(input.email);
    if (existing) return { id: existing.id, created: false };
    const user = await this.users.create(input);
    return { id: user.id, created: true };
  }

  /** A user's profile with licences (as printed on certificates); null when unknown. */
  async getProfile(userId: string): Promise<MeResponse | null> {
    const user = await this.users.findById(userId);
    if (!user) return null;
    return this.users.getMe({ id: user.id, email: user.email, roles: user.roles });
  }

  /** Users by id (unknown ids are left out), in one query. */
  async getUsers(ids: readonly string[]): Promise<UserSummary[]> {
    if (ids.length === 0) return [];
    return (await this.users.findByIds(ids)).map(toUserSummary);
  }
}
