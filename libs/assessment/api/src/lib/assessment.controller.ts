import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  HttpStatus,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
  Query,
} from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentUser, RequirePermission } from '@lms/platform/api';
import {
  type AuthorQuestion,
  type Page,
  type QuizStatistics,
  type RegradeResponse,
  type AttemptResponse,
  type AttemptStartResponse,
  Permission,
  type QuizResponse,
  type SubmitAttemptResponse,
} from '@lms/shared/contracts';
import { AttemptService } from './attempt/attempt.service';
import { QuestionService } from './quiz/question.service';
import { StatisticsService } from './statistics/statistics.service';
import {
  CreateQuestionDto,
  CreateQuizDto,
  QuestionBankQueryDto,
  UpdateQuestionDto,
  SaveAnswerDto,
  SubmitAttemptDto,
} from './quiz/dto/assessment.dto';
import { QuizService } from './quiz/quiz.service';

const Uuid = new ParseUUIDPipe({ version: '4' });

@ApiTags('assessment')
@ApiBearerAuth()
@Controller()
export class AssessmentController {
  constructor(
    private readonly quizzes: QuizService,
    private readonly attempts: AttemptService,
    private readonly questions: QuestionService,
    private readonly statistics: StatisticsService,
  ) {}

  @Get('courses/:id/questions')
  @RequirePermission(Permission.CourseAuthor)
  @ApiOperation({ summary: 'The course question bank with keys (owners and admins), ?tag= filter' })
  bank(
    @CurrentUser() actor: Actor,
    @Param('id', Uuid) courseId: string,
    @Query() query: QuestionBankQueryDto,
  ): Promise<Page<AuthorQuestion>> {
    return this.questions.bank(actor, courseId, query.tag, query.limit, query.offset);
  }

  @Put('questions/:id')
  @RequirePermission(Permission.CourseAuthor)
  @ApiOperation({
    summary: 'Edit a bank question (past attempts keep their snapshot until regraded)',
  })
  updateQuestion(
    @CurrentUser() actor: Actor,
    @Param('id', Uuid) id: string,
    @Body() dto: UpdateQuestionDto,
  ): Promise<AuthorQuestion> {
    return this.questions.update(actor, id, dto);
  }

  @Post('questions/:id/regrade')
  @HttpCode(HttpStatus.OK)
  @RequirePermission(Permission.CourseAuthor)
  @ApiOperation({
    summary: 'Apply the corrected key to past attempts; every changed result is audited',
  })
  regrade(@CurrentUser() actor: Actor, @Param('id', Uuid) id: string): Promise<RegradeResponse> {
    return this.questions.regrade(actor, id);
  }

  @Get('quizzes/:id/statistics')
  @RequirePermission(Permission.CourseAuthor)
  @ApiOperation({
    summary:
      'Item analysis: difficulty, point-biserial discrimination, option pick rates, score distribution',
  })
  quizStatistics(
    @CurrentUser() actor: Actor,
    @Param('id', Uuid) id: string,
  ): Promise<QuizStatistics> {
    return this.statistics.forQuiz(actor, id);
  }

  @Post('modules/:id/quizzes')
  @RequirePermission(Permission.CourseAuthor)
  @ApiOperation({ summary: 'Add a quiz to a module (of the draft)' })
  createQuiz(
    @CurrentUser() actor: Actor,
    @Param('id', Uuid) moduleId: string,
    @Body() dto: CreateQuizDto,
  ): Promise<QuizResponse> {
    return this.quizzes.create(actor, moduleId, dto);
  }

  @Post('quizzes/:id/questions')
  @RequirePermission(Permission.CourseAuthor)
  @ApiOperation({ summary: 'Add a question to the course bank and this quiz' })
  addQuestion(
    @CurrentUser() actor: Actor,
    @Param('id', Uuid) quizId: string,
    @Body() dto: CreateQuestionDto,
  ): Promise<QuizResponse> {
    return this.quizzes.addQuestion(actor, quizId, dto);
  }

  @Get('quizzes/:id')
  @ApiOperation({ summary: 'The quiz: instructors get the key; trainees never see it' })
  getQuiz(@CurrentUser() actor: Actor, @Param('id', Uuid) quizId: string): Promise<QuizResponse> {
    return this.quizzes.get(actor, quizId);
  }

  @Post('quizzes/:id/attempts')
  @RequirePermission(Permission.CourseLearn)
  @ApiOperation({ summary: 'Start an attempt (or get the open one): questions without any key' })
  start(
    @CurrentUser() actor: Actor,
    @Param('id', Uuid) quizId: string,
  ): Promise<AttemptStartResponse> {
    return this.attempts.start(actor, quizId);
  }

  @Put('attempts/:id/answers/:questionId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @RequirePermission(Permission.CourseLearn)
  @ApiOperation({ summary: 'Autosave one answer while the attempt is open' })
  save(
    @CurrentUser() actor: Actor,
    @Param('id', Uuid) attemptId: string,
    @Param('questionId', Uuid) questionId: string,
    @Body() dto: SaveAnswerDto,
  ): Promise<void> {
    return this.attempts.saveAnswer(actor, attemptId, questionId, dto.optionIds);
  }

  @Post('attempts/:id/submit')
  @HttpCode(HttpStatus.OK)
  @RequirePermission(Permission.CourseLearn)
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiOperation({ summary: 'Submit: answers merged over the autosave, graded on the server, once' })
  submit(
    @CurrentUser() actor: Actor,
    @Param('id', Uuid) attemptId: string,
    @Body() dto: SubmitAttemptDto,
    @Headers('idempotency-key') key?: string,
  ): Promise<SubmitAttemptResponse> {
    return this.attempts.submit(actor, attemptId, dto, key?.slice(0, 200) ?? null);
  }

  @Get('attempts/:id')
  @ApiOperation({ summary: 'An attempt (owner or staff); results after submission' })
  getAttempt(
    @CurrentUser() actor: Actor,
    @Param('id', Uuid) attemptId: string,
  ): Promise<AttemptResponse> {
    return this.attempts.get(actor, attemptId);
  }
}
