import { Module } from '@nestjs/common';
import { ConfigModule, type ConfigType } from '@nestjs/config';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthController } from './auth/auth.controller';
import { AuthThrottleEntity } from './auth/auth-throttle.entity';
import { AuthThrottleGuard } from './auth/auth-throttle.guard';
import { AuthThrottleService } from './auth/auth-throttle.service';
import { AuthService } from './auth/auth.service';
import { PasswordHasher } from './auth/password-hasher';
import { RefreshTokenEntity } from './auth/refresh-token.entity';
import { RefreshTokenService } from './auth/refresh-token.service';
import { JwtAuthGuard, JwtStrategy, LocalAuthGuard, LocalStrategy } from './auth/strategies';
import { identityConfig, jwtKey } from './identity.config';
import { IdentityFacade } from './identity.facade';
import { LicenseEntity } from './user/license.entity';
import { MeController } from './user/me.controller';
import { UserEntity } from './user/user.entity';
import { UserService } from './user/user.service';
import { LinkSigner } from './auth/link-signer';
import { UsersController } from './user/users.controller';

@Module({
  imports: [
    ConfigModule.forFeature(identityConfig),
    TypeOrmModule.forFeature([UserEntity, LicenseEntity, RefreshTokenEntity, AuthThrottleEntity]),
    PassportModule,
    JwtModule.registerAsync({
      imports: [ConfigModule.forFeature(identityConfig)],
      inject: [identityConfig.KEY],
      useFactory: (config: ConfigType<typeof identityConfig>) => ({
        secret: jwtKey(config),
        signOptions: { algorithm: 'HS256' },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
  ],
  controllers: [AuthController, MeController, UsersController],
  providers: [
    UserService,
    AuthService,
    AuthThrottleService,
    AuthThrottleGuard,
    LinkSigner,
    PasswordHasher,
    RefreshTokenService,
    JwtStrategy,
    LocalStrategy,
    JwtAuthGuard,
    LocalAuthGuard,
    IdentityFacade,
  ],
  exports: [IdentityFacade, JwtAuthGuard],
})
export class IdentityModule {}
