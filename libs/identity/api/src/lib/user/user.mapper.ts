import type { AdminUserSummary, MeResponse, UserSummary } from '@lms/shared/contracts';
import type { LicenseEntity } from './license.entity';
import type { UserEntity } from './user.entity';

export function toUserSummary(user: UserEntity): UserSummary {
  return { id: user.id, email: user.email, fullName: user.fullName, roles: user.roles };
}

export function toAdminUserSummary(user: UserEntity): AdminUserSummary {
  return {
    ...toUserSummary(user),
    profession: user.profession,
    createdAt: user.createdAt.toISOString(),
  };
}

export function toMeResponse(user: UserEntity, licenses: LicenseEntity[]): MeResponse {
  return {
    id: user.id,
    email: user.email,
    fullName: user.fullName,
    profession: user.profession,
    roles: user.roles,
    licenses: [...licenses]
      .sort((a, b) => a.position - b.position)
      .map(({ type, number, state }) => ({ type, number, state })),
  };
}
