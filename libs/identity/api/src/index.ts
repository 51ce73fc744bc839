import { AuthThrottleEntity } from './lib/auth/auth-throttle.entity';
import { RefreshTokenEntity } from './lib/auth/refresh-token.entity';
import { LicenseEntity } from './lib/user/license.entity';
import { UserEntity } from './lib/user/user.entity';

export * from './lib/identity.module';
export * from './lib/identity.facade';
export * from './lib/identity.config';
export * from './lib/identity.exception';
export { JwtAuthGuard } from './lib/auth/strategies';

/** For the DataSource only (apps/api). */
export const identityEntities = [UserEntity, LicenseEntity, RefreshTokenEntity, AuthThrottleEntity];
