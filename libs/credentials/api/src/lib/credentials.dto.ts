import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { EnvBool, IsIsoDate, PageQueryDto, Trim } from '@lms/platform/api';
import {
  type AttestationRequest,
  type CourseCeSettings,
  CreditType,
  type CreditTypeAccreditation,
  type EvaluationQuestionKind,
  type IssueCertificateRequest,
  LearningFormat,
  type RevokeCertificateRequest,
  type SubmitEvaluationRequest,
  type UpdateEvaluationFormRequest,
  type UpdateProviderSettingsRequest,
} from '@lms/shared/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

const CREDIT_TYPES = Object.values(CreditType).join(', ');

export class AccreditationDto implements CreditTypeAccreditation {
  @ApiProperty({ enum: CreditType })
  @IsEnum(CreditType, { message: `creditType must be one of: ${CREDIT_TYPES}` })
  creditType!: CreditType;

  @ApiProperty({ description: 'Printed verbatim on certificates' })
  @IsString({ message: 'statement must be a string' })
  @MaxLength(2000, { message: 'statement must be at most 2000 characters long' })
  statement!: string;

  @ApiProperty()
  @Trim()
  @IsString({ message: 'providerNumber must be a string' })
  @MaxLength(200)
  providerNumber!: string;
}

export class ProviderSettingsDto implements UpdateProviderSettingsRequest {
  @ApiProperty()
  @Trim()
  @IsString({ message: 'providerName must be a string' })
  @IsNotEmpty({ message: 'providerName should not be empty' })
  @MaxLength(200)
  providerName!: string;

  @ApiProperty()
  @IsString({ message: 'address must be a string' })
  @MaxLength(500)
  address!: string;

  @ApiProperty()
  @Trim()
  @IsString({ message: 'signatoryName must be a string' })
  @IsNotEmpty({ message: 'signatoryName should not be empty' })
  @MaxLength(200)
  signatoryName!: string;

  @ApiProperty()
  @Trim()
  @IsString({ message: 'signatoryTitle must be a string' })
  @MaxLength(200)
  signatoryTitle!: string;

  @ApiProperty({ type: [AccreditationDto] })
  @IsArray({ message: 'accreditations must be an array' })
  @ArrayMaxSize(Object.values(CreditType).length)
  @IsObject({ each: true, message: '$property must contain only objects' })
  @ValidateNested({ each: true })
  @Type(() => AccreditationDto)
  accreditations!: AccreditationDto[];
}

export class CourseCeSettingsDto implements CourseCeSettings {
  @ApiProperty({ enum: LearningFormat })
  @IsEnum(LearningFormat, {
    message: `learningFormat must be one of: ${Object.values(LearningFormat).join(', ')}`,
  })
  learningFormat!: LearningFormat;

  @ApiProperty({ type: Number, nullable: true, minimum: 1, maximum: 120 })
  @ValidateIf((_dto: object, value: unknown) => value !== null)
  @IsInt({ message: 'validityMonths must be an integer from 1 to 120, or null' })
  @Min(1, { message: 'validityMonths must be an integer from 1 to 120, or null' })
  @Max(120, { message: 'validityMonths must be an integer from 1 to 120, or null' })
  validityMonths!: number | null;
}

export class EvaluationQuestionDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString({ message: 'id must be a string' })
  @MaxLength(64)
  id?: string;

  @ApiProperty()
  @Trim()
  @IsString({ message: 'prompt must be a string' })
  @IsNotEmpty({ message: 'prompt should not be empty' })
  @MaxLength(500)
  prompt!: string;

  @ApiProperty({ enum: ['rating', 'text'] })
  @IsIn(['rating', 'text'], { message: 'kind must be one of: rating, text' })
  kind!: EvaluationQuestionKind;

  @ApiProperty()
  @IsBoolean({ message: 'required must be a boolean' })
  required!: boolean;
}

export class EvaluationFormDto implements UpdateEvaluationFormRequest {
  @ApiProperty({ type: [EvaluationQuestionDto] })
  @IsArray({ message: 'questions must be an array' })
  @ArrayMinSize(1, { message: 'questions must contain at least 1 element' })
  @ArrayMaxSize(30)
  @IsObject({ each: true, message: '$property must contain only objects' })
  @ValidateNested({ each: true })
  @Type(() => EvaluationQuestionDto)
  questions!: EvaluationQuestionDto[];
}

export class EvaluationAnswerDto {
  @ApiProperty()
  @IsString({ message: 'questionId must be a string' })
  @MaxLength(64)
  questionId!: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 5 })
  @IsOptional()
  @IsInt({ message: 'rating must be an integer from 1 to 5' })
  @Min(1, { message: 'rating must be an integer from 1 to 5' })
  @Max(5, { message: 'rating must be an integer from 1 to 5' })
  rating?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString({ message: 'text must be a string' })
  @MaxLength(4000, { message: 'text must be at most 4000 characters long' })
  text?: string;
}

export class SubmitEvaluationDto implements SubmitEvaluationRequest {
  @ApiProperty({ type: [EvaluationAnswerDto] })
  @IsArray({ message: 'answers must be an array' })
  @ArrayMaxSize(30)
  @IsObject({ each: true, message: '$property must contain only objects' })
  @ValidateNested({ each: true })
  @Type(() => EvaluationAnswerDto)
  answers!: EvaluationAnswerDto[];
}

export class AttestationDto implements AttestationRequest {
  @ApiProperty({ enum: CreditType })
  @IsEnum(CreditType, { message: `creditType must be one of: ${CREDIT_TYPES}` })
  creditType!: CreditType;

  @ApiProperty({ description: 'In steps of 0.25, at most the designation' })
  @IsNumber(
    { allowNaN: false, allowInfinity: false },
    { message: 'creditsClaimed must be a number' },
  )
  creditsClaimed!: number;
}

export class EligibilityQueryDto {
  @ApiPropertyOptional({ description: 'Admins: whose eligibility' })
  @IsOptional()
  @IsUUID('4', { message: 'userId must be a UUID' })
  userId?: string;
}

export class IssueCertificateDto implements IssueCertificateRequest {
  @ApiProperty()
  @IsUUID('4', { message: 'userId must be a UUID' })
  userId!: string;

  @ApiProperty()
  @IsUUID('4', { message: 'courseId must be a UUID' })
  courseId!: string;
}

export class RevokeCertificateDto implements RevokeCertificateRequest {
  @ApiProperty()
  @Trim()
  @IsString({ message: 'reason must be a string' })
  @IsNotEmpty({ message: 'reason should not be empty' })
  @MaxLength(1000)
  reason!: string;
}

export class CertificateListQueryDto extends PageQueryDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('4', { message: 'courseId must be a UUID' })
  courseId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('4', { message: 'userId must be a UUID' })
  userId?: string;

  @ApiPropertyOptional({ enum: ['active', 'revoked', 'expired'] })
  @IsOptional()
  @IsIn(['active', 'revoked', 'expired'], {
    message: 'status must be one of: active, revoked, expired',
  })
  status?: 'active' | 'revoked' | 'expired';

  @ApiPropertyOptional({ description: 'Holder name, course title or verification code' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
}

export class BulkQueryDto {
  @ApiPropertyOptional({
    description:
      'Wait (up to 20 s) for the run to finish (default true); false answers 202 at once',
  })
  @IsOptional()
  @EnvBool()
  @IsBoolean({ message: 'wait must be true or false' })
  wait?: boolean;
}

export class FormatQueryDto {
  @ApiPropertyOptional({ enum: ['json', 'csv', 'pdf'] })
  @IsOptional()
  @IsIn(['json', 'csv', 'pdf'], { message: 'format must be one of: json, csv, pdf' })
  format?: 'json' | 'csv' | 'pdf';
}

export class CreditsReportQueryDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsIsoDate()
  from?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsIsoDate()
  to?: string;

  @ApiPropertyOptional({ enum: ['month', 'year'] })
  @IsOptional()
  @IsIn(['month', 'year'], { message: 'period must be one of: month, year' })
  period?: 'month' | 'year';

  @ApiPropertyOptional({ enum: ['json', 'csv'] })
  @IsOptional()
  @IsIn(['json', 'csv'], { message: 'format must be one of: json, csv' })
  format?: 'json' | 'csv';
}
