import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptionalNonNull, PageQueryDto, Trim } from '@lms/platform/api';
import {
  type AddOwnerRequest,
  type CompleteLessonRequest,
  type CourseListQuery,
  CourseStatus,
  type CreateCourseRequest,
  type CreateLessonRequest,
  type CreateModuleRequest,
  type CreditDesignation,
  CreditType,
  type LessonResource,
  MODULE_CATEGORIES,
  ModuleCategory,
  type ReorderRequest,
  type UpdateCourseRequest,
  type UpdateLessonRequest,
  type UpdateModuleRequest,
} from '@lms/shared/contracts';
import { isQuarterStep } from '@lms/shared/util';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsObject,
  IsString,
  IsUrl,
  IsUUID,
  Max,
  MaxLength,
  Min,
  registerDecorator,
  type ValidationOptions,
  ValidateNested,
} from 'class-validator';

const trimEach = ({ value }: { value: unknown }): unknown =>
  Array.isArray(value) ? value.map((v: unknown) => (typeof v === 'string' ? v.trim() : v)) : value;

const CREDIT_TYPES = Object.values(CreditType);
export const MAX_LESSON_BODY = 100_000;

/** CE credit amounts are recorded in quarter-hour steps (0.25). */
export function IsCeCredits(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: 'isCeCredits',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        message: `${String(propertyName)} must be a positive number in steps of 0.25`,
        ...options,
      },
      validator: {
        validate: (value: unknown) =>
          typeof value === 'number' && value > 0 && value <= 100 && isQuarterStep(value),
      },
    });
  };
}

export class CreditDesignationDto implements CreditDesignation {
  @ApiProperty({ enum: CreditType })
  @IsIn(CREDIT_TYPES, { message: `creditType must be one of: ${CREDIT_TYPES.join(', ')}` })
  creditType!: CreditType;

  @ApiProperty({ example: 6.5, description: 'Maximum credits, in steps of 0.25' })
  @IsNumber({}, { message: 'maxCredits must be a number' })
  @IsCeCredits()
  maxCredits!: number;
}

function Objectives(): PropertyDecorator {
  return (target: object, key: string | symbol) => {
    IsArray({ message: `${String(key)} must be an array of strings` })(target, key);
    ArrayMaxSize(12)(target, key);
    IsString({ each: true, message: `each value in ${String(key)} must be a string` })(target, key);
    IsNotEmpty({ each: true, message: `each value in ${String(key)} should not be empty` })(
      target,
      key,
    );
    MaxLength(300, { each: true })(target, key);
    Transform(trimEach)(target, key);
  };
}

function CreditDesignations(): PropertyDecorator {
  return (target: object, key: string | symbol) => {
    IsArray({ message: 'creditDesignations must be an array' })(target, key);
    ArrayMaxSize(CREDIT_TYPES.length)(target, key);
    ArrayUnique((d: CreditDesignation) => d.creditType, {
      message: 'creditDesignations must not repeat a credit type',
    })(target, key);
    IsObject({ each: true, message: '$property must contain only objects' })(target, key);
    ValidateNested({ each: true })(target, key);
    Type(() => CreditDesignationDto)(target, key);
  };
}

export class CreateCourseDto implements CreateCourseRequest {
  @ApiProperty({ example: 'Foundations of Ketamine-Assisted Psychotherapy' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'title should not be empty' })
  @MaxLength(200)
  title!: string;

  @ApiProperty()
  @Trim()
  @IsString()
  @MaxLength(2000)
  summary!: string;

  @ApiProperty({ type: [String] })
  @Objectives()
  learningObjectives!: string[];

  @ApiProperty({ type: [CreditDesignationDto] })
  @CreditDesignations()
  creditDesignations!: CreditDesignationDto[];
}

export class UpdateCourseDto implements UpdateCourseRequest {
  @ApiPropertyOptional()
  @IsOptionalNonNull()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'title should not be empty' })
  @MaxLength(200)
  title?: string;

  @ApiPropertyOptional()
  @IsOptionalNonNull()
  @Trim()
  @IsString()
  @MaxLength(2000)
  summary?: string;

  @ApiPropertyOptional({ type: [String] })
  @IsOptionalNonNull()
  @Objectives()
  learningObjectives?: string[];

  @ApiPropertyOptional({ type: [CreditDesignationDto] })
  @IsOptionalNonNull()
  @CreditDesignations()
  creditDesignations?: CreditDesignationDto[];
}

const categoryMessage = `category must be one of: ${MODULE_CATEGORIES.join(', ')}`;

export class CreateModuleDto implements CreateModuleRequest {
  @ApiProperty({ example: 'Pharmacology and neuroscience of ketamine' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'title should not be empty' })
  @MaxLength(200)
  title!: string;

  @ApiProperty({ enum: ModuleCategory })
  @IsIn(MODULE_CATEGORIES, { message: categoryMessage })
  category!: ModuleCategory;

  @ApiProperty({ type: [String] })
  @Objectives()
  learningObjectives!: string[];

  @ApiPropertyOptional({ description: '0-based position; appended when omitted' })
  @IsOptionalNonNull()
  @IsInt({ message: 'position must be an integer' })
  @Min(0)
  position?: number;
}

export class UpdateModuleDto implements UpdateModuleRequest {
  @ApiPropertyOptional()
  @IsOptionalNonNull()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'title should not be empty' })
  @MaxLength(200)
  title?: string;

  @ApiPropertyOptional({ enum: ModuleCategory })
  @IsOptionalNonNull()
  @IsIn(MODULE_CATEGORIES, { message: categoryMessage })
  category?: ModuleCategory;

  @ApiPropertyOptional({ type: [String] })
  @IsOptionalNonNull()
  @Objectives()
  learningObjectives?: string[];
}

export class LessonResourceDto implements LessonResource {
  @ApiProperty()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'title should not be empty' })
  @MaxLength(200)
  title!: string;

  @ApiProperty({ example: 'https://www.samhsa.gov/' })
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true },
    { message: 'url must be an http(s) URL' },
  )
  @MaxLength(2000)
  url!: string;
}

function Resources(): PropertyDecorator {
  return (target: object, key: string | symbol) => {
    IsOptionalNonNull()(target, key);
    IsArray({ message: 'resources must be an array' })(target, key);
    ArrayMaxSize(20)(target, key);
    IsObject({ each: true, message: '$property must contain only objects' })(target, key);
    ValidateNested({ each: true })(target, key);
    Type(() => LessonResourceDto)(target, key);
  };
}

export class CreateLessonDto implements CreateLessonRequest {
  @ApiProperty({ example: 'How ketamine acts on the NMDA receptor' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'title should not be empty' })
  @MaxLength(200)
  title!: string;

  @ApiProperty({ description: 'Markdown' })
  @IsString({ message: 'body must be a string' })
  @MaxLength(MAX_LESSON_BODY, { message: `body must be at most ${MAX_LESSON_BODY} characters` })
  body!: string;

  @ApiProperty({ minimum: 1, maximum: 600 })
  @IsInt({ message: 'estimatedMinutes must be an integer' })
  @Min(1, { message: 'estimatedMinutes must be at least 1' })
  @Max(600, { message: 'estimatedMinutes must not be greater than 600' })
  estimatedMinutes!: number;

  @ApiPropertyOptional({ type: [LessonResourceDto] })
  @Resources()
  resources?: LessonResourceDto[];

  @ApiPropertyOptional()
  @IsOptionalNonNull()
  @IsInt({ message: 'position must be an integer' })
  @Min(0)
  position?: number;
}

export class UpdateLessonDto implements UpdateLessonRequest {
  @ApiPropertyOptional()
  @IsOptionalNonNull()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'title should not be empty' })
  @MaxLength(200)
  title?: string;

  @ApiPropertyOptional()
  @IsOptionalNonNull()
  @IsString({ message: 'body must be a string' })
  @MaxLength(MAX_LESSON_BODY, { message: `body must be at most ${MAX_LESSON_BODY} characters` })
  body?: string;

  @ApiPropertyOptional()
  @IsOptionalNonNull()
  @IsInt({ message: 'estimatedMinutes must be an integer' })
  @Min(1, { message: 'estimatedMinutes must be at least 1' })
  @Max(600, { message: 'estimatedMinutes must not be greater than 600' })
  estimatedMinutes?: number;

  @ApiPropertyOptional({ type: [LessonResourceDto] })
  @Resources()
  resources?: LessonResourceDto[];
}

export class ReorderDto implements ReorderRequest {
  @ApiProperty({ type: [String], description: 'Every child id, in the new order' })
  @IsArray({ message: 'ids must be an array' })
  @ArrayMinSize(1, { message: 'ids must contain at least 1 element' })
  @ArrayMaxSize(500)
  @ArrayUnique({ message: 'ids must not repeat an id' })
  @IsUUID('4', { each: true, message: 'each value in ids must be a UUID' })
  ids!: string[];
}

export class CompleteLessonDto implements CompleteLessonRequest {
  @ApiPropertyOptional({ minimum: 0, maximum: 86400 })
  @IsOptionalNonNull()
  @IsInt({ message: 'timeSpentSeconds must be an integer' })
  @Min(0, { message: 'timeSpentSeconds must not be less than 0' })
  @Max(86_400, { message: 'timeSpentSeconds must not be greater than 86400' })
  timeSpentSeconds?: number;
}

export class AddOwnerDto implements AddOwnerRequest {
  @ApiProperty()
  @IsUUID('4', { message: 'userId must be a UUID' })
  userId!: string;
}

export class CourseListQueryDto extends PageQueryDto implements CourseListQuery {
  @ApiPropertyOptional({
    enum: ['learner', 'author'],
    description: 'learner: published versions only',
  })
  @IsOptionalNonNull()
  @IsIn(['learner', 'author'], { message: 'view must be one of: learner, author' })
  view?: 'learner' | 'author';

  @ApiPropertyOptional()
  @IsOptionalNonNull()
  @Trim()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ enum: CourseStatus })
  @IsOptionalNonNull()
  @IsIn(Object.values(CourseStatus), {
    message: `status must be one of: ${Object.values(CourseStatus).join(', ')}`,
  })
  status?: CourseStatus;
}
