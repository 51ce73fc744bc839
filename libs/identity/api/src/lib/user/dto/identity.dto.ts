import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptionalNonNull, PageQueryDto, Trim } from '@lms/platform/api';
import {
  type License,
  LICENSE_STATES,
  type LoginRequest,
  MAX_LICENSES,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  Profession,
  PROFESSIONS,
  type RegisterRequest,
  Role,
  ROLES,
  type SetRolesRequest,
  type UpdateMeRequest,
  type UserListQuery,
} from '@lms/shared/contracts';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsEmail,
  IsIn,
  IsNotEmpty,
  IsObject,
  IsString,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { IsNotCommonPassword } from '../../auth/common-password';

const normaliseEmail = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;
const upper = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim().toUpperCase() : value;

const professionMessage = `profession must be one of: ${PROFESSIONS.join(', ')}`;

export class RegisterDto implements RegisterRequest {
  @ApiProperty({ example: 'new.trainee@example.org' })
  @Transform(normaliseEmail)
  @IsEmail({}, { message: 'email must be an email' })
  @MaxLength(254)
  email!: string;

  @ApiProperty({
    minLength: PASSWORD_MIN_LENGTH,
    example: 'a long passphrase',
    description: 'At least 10 characters, and not one of the 10,000 most common passwords',
  })
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, {
    message: `password must be at least ${PASSWORD_MIN_LENGTH} characters long`,
  })
  @MaxLength(PASSWORD_MAX_LENGTH)
  @IsNotCommonPassword()
  password!: string;

  @ApiProperty({ example: 'Dr. Jordan Rivera' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'fullName should not be empty' })
  @MaxLength(200)
  fullName!: string;

  @ApiProperty({ enum: Profession })
  @IsIn(PROFESSIONS, { message: professionMessage })
  profession!: Profession;
}

export class LoginDto implements LoginRequest {
  @ApiProperty({ example: 'trainee@demo.test' })
  @Transform(normaliseEmail)
  @IsEmail({}, { message: 'email must be an email' })
  email!: string;

  @ApiProperty({ example: 'Demo-Passw0rd!' })
  @IsString()
  @IsNotEmpty({ message: 'password should not be empty' })
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;
}

export class LicenseDto implements License {
  @ApiProperty({ example: 'LCSW', description: 'The licence credential' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'type should not be empty' })
  @MaxLength(40)
  type!: string;

  @ApiProperty({ example: 'LCS-123456' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'number should not be empty' })
  @MaxLength(60)
  number!: string;

  @ApiProperty({ example: 'CA', description: 'Two-letter issuing state or territory' })
  @Transform(upper)
  @IsIn(LICENSE_STATES, { message: 'state must be a two-letter U.S. state or territory code' })
  state!: string;
}

export class UpdateMeDto implements UpdateMeRequest {
  @ApiPropertyOptional()
  @IsOptionalNonNull()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'fullName should not be empty' })
  @MaxLength(200)
  fullName?: string;

  @ApiPropertyOptional({ enum: Profession })
  @IsOptionalNonNull()
  @IsIn(PROFESSIONS, { message: professionMessage })
  profession?: Profession;

  @ApiPropertyOptional({ type: [LicenseDto], description: 'Replaces the whole list' })
  @IsOptionalNonNull()
  @IsArray({ message: 'licenses must be an array' })
  @ArrayMaxSize(MAX_LICENSES)
  @IsObject({ each: true, message: '$property must contain only objects' })
  @ValidateNested({ each: true })
  @Type(() => LicenseDto)
  licenses?: LicenseDto[];
}

export class SetRolesDto implements SetRolesRequest {
  @ApiProperty({ enum: Role, isArray: true })
  @IsArray({ message: 'roles must be an array' })
  @ArrayMinSize(1, { message: 'roles must contain at least 1 role' })
  @ArrayUnique({ message: 'roles must not repeat a role' })
  @IsIn(ROLES, { each: true, message: `each value in roles must be one of: ${ROLES.join(', ')}` })
  roles!: Role[];
}

export class UserListQueryDto extends PageQueryDto implements UserListQuery {
  @ApiPropertyOptional({ enum: Role })
  @IsOptionalNonNull()
  @IsIn(ROLES, { message: `role must be one of: ${ROLES.join(', ')}` })
  role?: Role;

  @ApiPropertyOptional({ description: 'Matches name or email' })
  @IsOptionalNonNull()
  @Trim()
  @IsString()
  @MaxLength(200)
  q?: string;
}
