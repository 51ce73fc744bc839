import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
  Query,
} from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentUser, RequirePermission } from '@lms/platform/api';
import {
  type GradingQueueItem,
  type Page,
  Permission,
  type RoleplayResponse,
  type SubmissionResponse,
} from '@lms/shared/contracts';
import {
  CreateRoleplayDto,
  CreateSubmissionDto,
  GradeDto,
  GradingQueueQueryDto,
  RubricDto,
} from './roleplay.dto';
import { RoleplayService } from './roleplay.service';

const Uuid = new ParseUUIDPipe({ version: '4' });

@ApiTags('roleplay')
@ApiBearerAuth()
@Controller()
export class RoleplayController {
  constructor(private readonly roleplays: RoleplayService) {}

  @Post('modules/:id/roleplays')
  @RequirePermission(Permission.CourseAuthor)
  @ApiOperation({ summary: 'Add a role-play scenario with its rubric to a module (of the draft)' })
  create(
    @CurrentUser() actor: Actor,
    @Param('id', Uuid) moduleId: string,
    @Body() dto: CreateRoleplayDto,
  ): Promise<RoleplayResponse> {
    return this.roleplays.create(actor, moduleId, dto);
  }

  @Get('roleplays/:id')
  @ApiOperation({ summary: 'The scenario and rubric (enrolled trainees and staff)' })
  get(@CurrentUser() actor: Actor, @Param('id', Uuid) id: string): Promise<RoleplayResponse> {
    return this.roleplays.get(actor, id);
  }

  @Put('roleplays/:id/rubric')
  @RequirePermission(Permission.CourseAuthor)
  @ApiOperation({
    summary: 'Replace the rubric (a new version once anyone has submitted against it)',
  })
  updateRubric(
    @CurrentUser() actor: Actor,
    @Param('id', Uuid) id: string,
    @Body() dto: RubricDto,
  ): Promise<RoleplayResponse> {
    return this.roleplays.updateRubric(actor, id, dto);
  }

  @Post('roleplays/:id/submissions')
  @RequirePermission(Permission.CourseLearn)
  @ApiOperation({ summary: 'Submit a transcript and reflection for grading' })
  submit(
    @CurrentUser() actor: Actor,
    @Param('id', Uuid) id: string,
    @Body() dto: CreateSubmissionDto,
  ): Promise<{ id: string; status: 'submitted' }> {
    return this.roleplays.submit(actor, id, dto);
  }

  @Get('grading-queue')
  @RequirePermission(Permission.RoleplayGrade)
  @ApiOperation({ summary: 'Submissions waiting for a grade, oldest first' })
  queue(
    @CurrentUser() actor: Actor,
    @Query() query: GradingQueueQueryDto,
  ): Promise<Page<GradingQueueItem>> {
    return this.roleplays.queue(actor, query);
  }

  @Post('submissions/:id/grade')
  @HttpCode(HttpStatus.OK)
  @RequirePermission(Permission.RoleplayGrade)
  @ApiOperation({ summary: 'Grade against the rubric: pass or revise (final once saved)' })
  grade(
    @CurrentUser() actor: Actor,
    @Param('id', Uuid) id: string,
    @Body() dto: GradeDto,
  ): Promise<SubmissionResponse> {
    return this.roleplays.grade(actor, id, dto);
  }

  @Get('submissions/:id')
  @ApiOperation({ summary: 'A submission with its grade (owner or course staff)' })
  getSubmission(
    @CurrentUser() actor: Actor,
    @Param('id', Uuid) id: string,
  ): Promise<SubmissionResponse> {
    return this.roleplays.getSubmission(actor, id);
  }
}
