import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type CreateQuestionRequest,
  type CreateQuizRequest,
  DEFAULT_PASSING_SCORE,
  QUESTION_KINDS,
  type QuestionKind,
  type QuestionOptionInput,
  type SaveAnswerRequest,
  type SubmitAttemptRequest,
  type UpdateQuestionRequest,
} from '@lms/shared/contracts';
import { PageQueryDto, Trim } from '@lms/platform/api';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  registerDecorator,
  ValidateNested,
} from 'class-validator';

/** `{ tag: N }` with lower-case-kebab tags and N from 1 to 50. */
function IsQuestionsPerTag(): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: 'isQuestionsPerTag',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        message: 'questionsPerTag must map lower-case-kebab tags to integers from 1 to 50',
      },
      validator: {
        validate: (value: unknown) =>
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          Object.entries(value).length <= 20 &&
          Object.entries(value).every(
            ([tag, n]) =>
              /^[a-z0-9]+(-[a-z0-9]+)*$/.test(tag) &&
              Number.isInteger(n) &&
              (n as number) >= 1 &&
              (n as number) <= 50,
          ),
      },
    });
  };
}

export class CreateQuizDto implements CreateQuizRequest {
  @ApiProperty()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'title should not be empty' })
  @MaxLength(200)
  title!: string;

  @ApiProperty({ minimum: 0, maximum: 100, default: DEFAULT_PASSING_SCORE })
  @IsInt({ message: 'passingScore must be an integer from 0 to 100' })
  @Min(0, { message: 'passingScore must be an integer from 0 to 100' })
  @Max(100, { message: 'passingScore must be an integer from 0 to 100' })
  passingScore!: number;

  @ApiProperty({ minimum: 1, maximum: 20 })
  @IsInt({ message: 'maxAttempts must be an integer from 1 to 20' })
  @Min(1, { message: 'maxAttempts must be an integer from 1 to 20' })
  @Max(20, { message: 'maxAttempts must be an integer from 1 to 20' })
  maxAttempts!: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 600 })
  @IsOptional()
  @IsInt({ message: 'timeLimitMinutes must be an integer from 1 to 600' })
  @Min(1, { message: 'timeLimitMinutes must be an integer from 1 to 600' })
  @Max(600, { message: 'timeLimitMinutes must be an integer from 1 to 600' })
  timeLimitMinutes?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 200 })
  @IsOptional()
  @IsInt({ message: 'questionsPerAttempt must be an integer from 1 to 200' })
  @Min(1, { message: 'questionsPerAttempt must be an integer from 1 to 200' })
  @Max(200, { message: 'questionsPerAttempt must be an integer from 1 to 200' })
  questionsPerAttempt?: number;

  @ApiPropertyOptional({
    example: { contraindications: 2 },
    description: 'Draw N questions per tag',
  })
  @IsOptional()
  @IsQuestionsPerTag()
  questionsPerTag?: Record<string, number>;

  @ApiProperty()
  @IsBoolean({ message: 'shuffle must be true or false' })
  shuffle!: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean({ message: 'isPostTest must be true or false' })
  isPostTest?: boolean;
}

export class QuestionOptionDto implements QuestionOptionInput {
  @ApiProperty()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'text should not be empty' })
  @MaxLength(1000)
  text!: string;

  @ApiProperty()
  @IsBoolean({ message: 'correct must be true or false' })
  correct!: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  feedback?: string;
}

export class CreateQuestionDto implements CreateQuestionRequest {
  @ApiProperty({ enum: QUESTION_KINDS })
  @IsIn(QUESTION_KINDS, { message: `type must be one of: ${QUESTION_KINDS.join(', ')}` })
  type!: QuestionKind;

  @ApiProperty()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'prompt should not be empty' })
  @MaxLength(4000)
  prompt!: string;

  @ApiProperty({ type: [QuestionOptionDto] })
  @IsArray({ message: 'options must be an array' })
  @ArrayMinSize(2, { message: 'options must contain at least 2 elements' })
  @ArrayMaxSize(10)
  @IsObject({ each: true, message: '$property must contain only objects' })
  @ValidateNested({ each: true })
  @Type(() => QuestionOptionDto)
  options!: QuestionOptionDto[];

  @ApiProperty({ minimum: 1, maximum: 100 })
  @IsInt({ message: 'points must be an integer from 1 to 100' })
  @Min(1, { message: 'points must be an integer from 1 to 100' })
  @Max(100, { message: 'points must be an integer from 1 to 100' })
  points!: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  rationale?: string;

  @ApiPropertyOptional({ type: [String], example: ['contraindications'] })
  @IsOptional()
  @IsArray({ message: 'tags must be an array' })
  @ArrayMaxSize(10)
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    each: true,
    message: 'each value in tags must be lower-case-kebab',
  })
  tags?: string[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean({ message: 'partialCredit must be true or false' })
  partialCredit?: boolean;
}

export class SaveAnswerDto implements SaveAnswerRequest {
  @ApiProperty({ type: [String] })
  @IsArray({ message: 'optionIds must be an array' })
  @ArrayMaxSize(10)
  @ArrayUnique({ message: 'optionIds must not repeat an option' })
  @IsUUID('4', { each: true, message: 'each value in optionIds must be a UUID' })
  optionIds!: string[];
}

export class SubmittedAnswerDto extends SaveAnswerDto {
  @ApiProperty()
  @IsUUID('4', { message: 'questionId must be a UUID' })
  questionId!: string;
}

export class SubmitAttemptDto implements SubmitAttemptRequest {
  @ApiPropertyOptional({ type: [SubmittedAnswerDto] })
  @IsOptional()
  @IsArray({ message: 'answers must be an array' })
  @ArrayMaxSize(200)
  @IsObject({ each: true, message: '$property must contain only objects' })
  @ValidateNested({ each: true })
  @Type(() => SubmittedAnswerDto)
  answers?: SubmittedAnswerDto[];
}

export class UpdateQuestionOptionDto extends QuestionOptionDto {
  @ApiPropertyOptional({ description: 'Keep to keep the option’s identity in past attempts' })
  @IsOptional()
  @IsUUID('4', { message: 'id must be a UUID' })
  id?: string;
}

export class UpdateQuestionDto extends CreateQuestionDto implements UpdateQuestionRequest {
  @ApiProperty({ type: [UpdateQuestionOptionDto] })
  @IsArray({ message: 'options must be an array' })
  @ArrayMinSize(2, { message: 'options must contain at least 2 elements' })
  @ArrayMaxSize(10)
  @IsObject({ each: true, message: '$property must contain only objects' })
  @ValidateNested({ each: true })
  @Type(() => UpdateQuestionOptionDto)
  declare options: UpdateQuestionOptionDto[];
}

export class QuestionBankQueryDto extends PageQueryDto {
  @ApiPropertyOptional()
  @IsOptional()
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'tag must be lower-case-kebab' })
  tag?: string;
}
