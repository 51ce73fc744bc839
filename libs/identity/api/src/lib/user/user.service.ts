import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import {
  type Actor,
  AuditTrail,
  CacheInvalidation,
  type InvalidatedCache,
  likePattern,
} from '@lms/platform/api';
import {
  type AdminUserSummary,
  AuditEventType,
  type MeResponse,
  type Page,
  type Profession,
  Role,
} from '@lms/shared/contracts';
import { DataSource, type EntityManager, In, IsNull, QueryFailedError, Repository } from 'typeorm';
import { randomBytes } from 'node:crypto';
import { RefreshTokenEntity } from '../auth/refresh-token.entity';
import { PasswordHasher } from '../auth/password-hasher';
import { IdentityErrorCode, IdentityException } from '../identity.exception';
import type { RegisterDto, UpdateMeDto, UserListQueryDto } from './dto/identity.dto';
import { LicenseEntity } from './license.entity';
import { toAdminUserSummary, toMeResponse } from './user.mapper';
import { UserEntity } from './user.entity';

const UNIQUE_VIOLATION = '23505';

function isUniqueViolation(error: unknown): boolean {
  return (
    error instanceof QueryFailedError &&
    (error.driverError as { code?: string }).code === UNIQUE_VIOLATION
  );
}

export interface NewUser {
  email: string;
  password: string;
  fullName: string;
  profession: Profession;
  roles?: Role[];
}

/** Deleted accounts keep their id (credit records) under an address that cannot receive mail. */
export const ANONYMISED_EMAIL_DOMAIN = 'deleted.invalid';
export const isAnonymised = (email: string): boolean =>
  email.endsWith(`@${ANONYMISED_EMAIL_DOMAIN}`);

@Injectable()
export class UserService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectRepository(LicenseEntity) private readonly licenses: Repository<LicenseEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditTrail,
    invalidation: CacheInvalidation,
  ) {
    // Dropped on every process at the commit of a change of email or roles, or a deletion
    // (trigger of migration NotifyActorChanges), and here at once by the process that made it.
    this.actors = invalidation.cache<Actor | null>('actor', {
      maxEntries: 100_000,
      ttlMs: 10 * 60_000,
    });
  }

  private readonly actors: InvalidatedCache<Actor | null>;

  /** Creates an account (trainee unless roles are given); 409 when the email is taken. */
  async create(input: NewUser, manager?: EntityManager): Promise<UserEntity> {
    const email = input.email.trim().toLowerCase();
    const passwordHash = await this.hasher.hash(input.password);
    const run = async (em: EntityManager): Promise<UserEntity> => {
      const user = em.create(UserEntity, {
        email,
        passwordHash,
        fullName: input.fullName.trim(),
        profession: input.profession,
        roles: input.roles ?? [Role.Trainee],
      });
      try {
        await em.insert(UserEntity, user);
      } catch (error) {
        if (isUniqueViolation(error)) throw new IdentityException(IdentityErrorCode.EmailTaken);
        throw error;
      }
      await this.audit.record(em, {
        type: AuditEventType.UserRegistered,
        actorId: user.id,
        subjectType: 'user',
        subjectId: user.id,
        payload: { email, roles: user.roles },
      });
      return user;
    };
    return manager ? run(manager) : this.dataSource.transaction(run);
  }

  register(dto: RegisterDto): Promise<UserEntity> {
    return this.create(dto);
  }

  findByEmailWithPassword(email: string): Promise<UserEntity | null> {
    return this.users
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.email = :email', { email: email.trim().toLowerCase() })
      .getOne();
  }

  findByIds(ids: readonly string[]): Promise<UserEntity[]> {
    return this.users.findBy({ id: In([...ids]) });
  }

  findById(id: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ id });
  }

  /**
   * Who a signed-in request acts as: id, email and current roles. Every authenticated request
   * asks, so it is cached per process and dropped when the row changes (see `actors`).
   */
  actor(id: string): Promise<Actor | null> {
    return this.actors.get(id, async () => {
      const rows = await this.users.manager.query<Actor[]>(
        'SELECT id, email, roles FROM identity."user" WHERE id = $1',
        [id],
      );
      return rows.at(0) ?? null;
    });
  }

  async markLoggedIn(id: string): Promise<void> {
    await this.users.update({ id }, { lastLoginAt: new Date() });
  }

  async getMe(actor: Actor): Promise<MeResponse> {
    const user = await this.findById(actor.id);
    if (!user) throw new IdentityException(IdentityErrorCode.UserNotFound);
    const licenses = await this.licenses.find({
      where: { userId: user.id },
      order: { position: 'ASC' },
    });
    return toMeResponse(user, licenses);
  }

  /** Profile fields and, when given, the whole licence list, in one transaction. */
  async updateMe(actor: Actor, dto: UpdateMeDto): Promise<MeResponse> {
    await this.dataSource.transaction(async (em) => {
      const user = await em.findOne(UserEntity, {
        where: { id: actor.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!user) throw new IdentityException(IdentityErrorCode.UserNotFound);
      const changes: Partial<UserEntity> = {};
      if (dto.fullName !== undefined) changes.fullName = dto.fullName;
      if (dto.profession !== undefined) changes.profession = dto.profession;
      if (Object.keys(changes).length > 0) await em.update(UserEntity, { id: user.id }, changes);
      if (dto.licenses !== undefined) {
        await em.delete(LicenseEntity, { userId: user.id });
        if (dto.licenses.length > 0) {
          await em.insert(
            LicenseEntity,
            dto.licenses.map(({ type, number, state }, position) => ({
              type,
              number,
              state,
              userId: user.id,
              position,
            })),
          );
        }
      }
    });
    return this.getMe(actor);
  }

  async list(query: UserListQueryDto): Promise<Page<AdminUserSummary>> {
    const qb = this.users
      .createQueryBuilder('u')
      .orderBy('u.createdAt', 'ASC')
      .addOrderBy('u.id', 'ASC');
    if (query.role) qb.andWhere(':role = ANY(u.roles)', { role: query.role });
    if (query.q) {
      qb.andWhere("(u.email ILIKE :q ESCAPE '\\' OR u.fullName ILIKE :q ESCAPE '\\')", {
        q: likePattern(query.q),
      });
    }
    const [items, total] = await qb.take(query.limit).skip(query.offset).getManyAndCount();
    return { items: items.map(toAdminUserSummary), total };
  }

  /** Replaces a user's roles and records who changed what, in one transaction. */
  async setRoles(actor: Actor, userId: string, roles: Role[]): Promise<AdminUserSummary> {
    const ordered = [Role.Trainee, Role.Instructor, Role.Admin].filter((role) =>
      roles.includes(role),
    );
    const summary = await this.dataSource.transaction(async (em) => {
      const user = await em.findOne(UserEntity, {
        where: { id: userId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!user) throw new IdentityException(IdentityErrorCode.UserNotFound);
      if (
        user.id === actor.id &&
        user.roles.includes(Role.Admin) &&
        !ordered.includes(Role.Admin)
      ) {
        throw new IdentityException(IdentityErrorCode.CannotRemoveOwnAdminRole);
      }
      const before = user.roles;
      await em.update(UserEntity, { id: user.id }, { roles: ordered });
      await this.audit.record(em, {
        type: AuditEventType.UserRolesChanged,
        actorId: actor.id,
        subjectType: 'user',
        subjectId: user.id,
        payload: { userId: user.id, before, after: ordered },
      });
      const updated = await em.findOneByOrFail(UserEntity, { id: user.id });
      return toAdminUserSummary(updated);
    });
    this.actors.invalidate(userId);
    return summary;
  }

  /**
   * Deletes an account the way CE record keeping allows: the profile is anonymised (name,
   * email, licences, password, roles, sessions), while the user's id stays so that their
   * credit records (certificates keep the name they were issued to) survive for 6+ years.
   */
  async anonymise(actor: Actor, userId: string): Promise<void> {
    if (userId === actor.id) throw new IdentityException(IdentityErrorCode.CannotDeleteSelf);
    const unusable = await this.hasher.hash(randomBytes(32).toString('base64url'));
    await this.dataSource.transaction(async (em) => {
      const user = await em.findOne(UserEntity, {
        where: { id: userId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!user) throw new IdentityException(IdentityErrorCode.UserNotFound);
      await em.update(
        UserEntity,
        { id: userId },
        {
          email: `deleted-${userId}@${ANONYMISED_EMAIL_DOMAIN}`,
          fullName: 'Deleted user',
          passwordHash: unusable,
          roles: [],
          lastLoginAt: null,
        },
      );
      await em.delete(LicenseEntity, { userId });
      await em.update(
        RefreshTokenEntity,
        { userId, revokedAt: IsNull() },
        { revokedAt: new Date(), revokedReason: 'account deleted' },
      );
      await this.audit.record(em, {
        type: AuditEventType.UserAnonymised,
        actorId: actor.id,
        subjectType: 'user',
        subjectId: userId,
        payload: { userId, rolesBefore: user.roles },
      });
    });
    this.actors.invalidate(userId);
  }
}
