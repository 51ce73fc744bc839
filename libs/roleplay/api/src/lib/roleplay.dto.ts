import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageQueryDto, Trim } from '@lms/platform/api';
import type {
  CreateRoleplayRequest,
  CreateSubmissionRequest,
  GradeOutcomeValue,
  GradeRequest,
  RegradeRequest,
  RubricCriterionInput,
  RubricLevelInput,
} from '@lms/shared/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';

export class RubricLevelDto implements RubricLevelInput {
  @ApiProperty({ example: 'Meets expectations' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'label should not be empty' })
  @MaxLength(100)
  label!: string;

  @ApiProperty({ minimum: 0, maximum: 100 })
  @IsInt({ message: 'points must be an integer from 0 to 100' })
  @Min(0, { message: 'points must be an integer from 0 to 100' })
  @Max(100, { message: 'points must be an integer from 0 to 100' })
  points!: number;
}

export class RubricCriterionDto implements RubricCriterionInput {
  @ApiProperty()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'title should not be empty' })
  @MaxLength(200)
  title!: string;

  @ApiProperty()
  @Trim()
  @IsString()
  @MaxLength(2000)
  description!: string;

  @ApiProperty({ type: [RubricLevelDto] })
  @IsArray({ message: 'levels must be an array' })
  @ArrayMinSize(2, { message: 'levels must contain at least 2 elements' })
  @ArrayMaxSize(6)
  @IsObject({ each: true, message: '$property must contain only objects' })
  @ValidateNested({ each: true })
  @Type(() => RubricLevelDto)
  levels!: RubricLevelDto[];
}

export class RubricDto {
  @ApiProperty({ type: [RubricCriterionDto] })
  @IsArray({ message: 'criteria must be an array' })
  @ArrayMinSize(1, { message: 'criteria must contain at least 1 element' })
  @ArrayMaxSize(12)
  @IsObject({ each: true, message: '$property must contain only objects' })
  @ValidateNested({ each: true })
  @Type(() => RubricCriterionDto)
  criteria!: RubricCriterionDto[];
}

export class CreateRoleplayDto implements CreateRoleplayRequest {
  @ApiProperty()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'title should not be empty' })
  @MaxLength(200)
  title!: string;

  @ApiProperty({ description: 'The client situation the trainee must handle' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'scenario should not be empty' })
  @MaxLength(10_000)
  scenario!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(4000)
  task?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  graderNotes?: string;

  @ApiProperty({ type: RubricDto })
  @IsObject({ message: 'rubric must be an object with criteria' })
  @ValidateNested()
  @Type(() => RubricDto)
  rubric!: RubricDto;

  @ApiProperty({ minimum: 0, maximum: 100 })
  @IsInt({ message: 'passingScore must be an integer from 0 to 100' })
  @Min(0, { message: 'passingScore must be an integer from 0 to 100' })
  @Max(100, { message: 'passingScore must be an integer from 0 to 100' })
  passingScore!: number;
}

export const TRANSCRIPT_MAX = 100_000;
export const REFLECTION_MAX = 20_000;

export class CreateSubmissionDto implements CreateSubmissionRequest {
  @ApiProperty({ minLength: 50, maxLength: TRANSCRIPT_MAX })
  @IsString({ message: 'transcript must be a string' })
  @MinLength(50, { message: 'transcript must be at least 50 characters long' })
  @MaxLength(TRANSCRIPT_MAX, {
    message: `transcript must be at most ${TRANSCRIPT_MAX} characters long`,
  })
  transcript!: string;

  @ApiProperty({ minLength: 20, maxLength: REFLECTION_MAX })
  @IsString({ message: 'reflection must be a string' })
  @MinLength(20, { message: 'reflection must be at least 20 characters long' })
  @MaxLength(REFLECTION_MAX, {
    message: `reflection must be at most ${REFLECTION_MAX} characters long`,
  })
  reflection!: string;
}

export class CriterionScoreDto {
  @ApiProperty()
  @IsUUID('4', { message: 'criterionId must be a UUID' })
  criterionId!: string;

  @ApiProperty()
  @IsInt({ message: 'levelIndex must be an integer' })
  @Min(0, { message: 'levelIndex must not be less than 0' })
  levelIndex!: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  comment?: string;
}

export class GradeDto implements GradeRequest {
  @ApiProperty({ type: [CriterionScoreDto] })
  @IsArray({ message: 'scores must be an array' })
  @ArrayMinSize(1, { message: 'scores must contain at least 1 element' })
  @ArrayMaxSize(12)
  @IsObject({ each: true, message: '$property must contain only objects' })
  @ValidateNested({ each: true })
  @Type(() => CriterionScoreDto)
  scores!: CriterionScoreDto[];

  @ApiProperty()
  @IsString()
  @IsNotEmpty({ message: 'feedback should not be empty' })
  @MaxLength(10_000)
  feedback!: string;

  @ApiProperty({ enum: ['pass', 'revise'] })
  @IsIn(['pass', 'revise'], { message: 'outcome must be one of: pass, revise' })
  outcome!: GradeOutcomeValue;
}

export class RegradeDto extends GradeDto implements RegradeRequest {
  @ApiProperty({ description: 'Why the grade is corrected (kept in the audit trail)' })
  @Trim()
  @IsString({ message: 'reason must be a string' })
  @IsNotEmpty({ message: 'reason should not be empty' })
  @MaxLength(2000)
  reason!: string;
}

export class GradingQueueQueryDto extends PageQueryDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('4', { message: 'courseId must be a UUID' })
  courseId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('4', { message: 'roleplayId must be a UUID' })
  roleplayId?: string;
}

export class RecordingLinkQueryDto {
  @ApiProperty({ description: "The signed token from the submission's recording.url" })
  @IsString({ message: 'token must be a string' })
  @IsNotEmpty({ message: 'token should not be empty' })
  @MaxLength(1000)
  token!: string;
}
