import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Put,
  Query,
} from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentUser, PageQueryDto, RequirePermission } from '@lms/platform/api';
import {
  type CourseOutline,
  type CourseSummary,
  type EnrollmentResponse,
  type EnrollmentSummary,
  type LessonResponse,
  type ModuleResponse,
  type Page,
  Permission,
  type ProgressResponse,
} from '@lms/shared/contracts';
import { LearningService } from '../enrollment/learning.service';
import { AuthoringService } from './authoring.service';
import {
  AddOwnerDto,
  CompleteLessonDto,
  CourseListQueryDto,
  CreateCourseDto,
  CreateLessonDto,
  CreateModuleDto,
  ReorderDto,
  UpdateCourseDto,
  UpdateLessonDto,
  UpdateModuleDto,
} from './dto/curriculum.dto';
import { OutlineService } from './outline.service';

const Uuid = new ParseUUIDPipe({ version: '4' });

@ApiTags('curriculum')
@ApiBearerAuth()
@Controller('courses')
export class CourseController {
  constructor(
    private readonly authoring: AuthoringService,
    private readonly outlines: OutlineService,
    private readonly learning: LearningService,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'Trainees: published courses. Instructors and admins: every course (latest version)',
  })
  list(
    @CurrentUser() actor: Actor,
    @Query() query: CourseListQueryDto,
  ): Promise<Page<CourseSummary>> {
    return this.learning.listCourses(actor, query);
  }

  @Post()
  @RequirePermission(Permission.CourseAuthor)
  @ApiOperation({ summary: 'Create a course (version 1, draft); the author becomes its owner' })
  create(@CurrentUser() actor: Actor, @Body() dto: CreateCourseDto): Promise<CourseOutline> {
    return this.authoring.create(actor, dto);
  }

  @Get(':id')
  @ApiOperation({ summary: 'The outline, with the calling trainee’s progress and locks' })
  get(@CurrentUser() actor: Actor, @Param('id', Uuid) id: string): Promise<CourseOutline> {
    return this.outlines.readerOutline(actor, id);
  }

  @Patch(':id')
  @RequirePermission(Permission.CourseAuthor)
  @ApiOperation({ summary: 'Edit the draft (a published course gets a new draft version first)' })
  update(
    @CurrentUser() actor: Actor,
    @Param('id', Uuid) id: string,
    @Body() dto: UpdateCourseDto,
  ): Promise<CourseOutline> {
    return this.authoring.update(actor, id, dto);
  }

  @Post(':id/publish')
  @HttpCode(HttpStatus.OK)
  @RequirePermission(Permission.CourseAuthor)
  @ApiOperation({
    summary: 'Publish the draft: new trainees enroll in it; enrolled trainees keep their version',
  })
  publish(@CurrentUser() actor: Actor, @Param('id', Uuid) id: string): Promise<CourseOutline> {
    return this.authoring.publish(actor, id);
  }

  @Post(':id/modules')
  @RequirePermission(Permission.CourseAuthor)
  @ApiOperation({ summary: 'Add a module to the draft' })
  addModule(
    @CurrentUser() actor: Actor,
    @Param('id', Uuid) id: string,
    @Body() dto: CreateModuleDto,
  ): Promise<ModuleResponse> {
    return this.authoring.addModule(actor, id, dto);
  }

  @Put(':id/module-order')
  @RequirePermission(Permission.CourseAuthor)
  @ApiOperation({ summary: 'Reorder the modules: every module id, in the new order' })
  reorderModules(
    @CurrentUser() actor: Actor,
    @Param('id', Uuid) id: string,
    @Body() dto: ReorderDto,
  ): Promise<CourseOutline> {
    return this.authoring.reorderModules(actor, id, dto.ids);
  }

  @Post(':id/enrollments')
  @RequirePermission(Permission.CourseLearn)
  @ApiOperation({ summary: 'Self-enroll in the published version (once)' })
  enroll(@CurrentUser() actor: Actor, @Param('id', Uuid) id: string): Promise<EnrollmentResponse> {
    return this.learning.enroll(actor, id);
  }

  @Post(':id/owners')
  @RequirePermission(Permission.UserManage)
  @ApiOperation({ summary: 'Admin: add an owning instructor' })
  addOwner(
    @CurrentUser() actor: Actor,
    @Param('id', Uuid) id: string,
    @Body() dto: AddOwnerDto,
  ): Promise<CourseOutline> {
    return this.authoring.addOwner(actor, id, dto.userId);
  }

  @Delete(':id/owners/:userId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @RequirePermission(Permission.UserManage)
  @ApiOperation({ summary: 'Admin: remove an owning instructor (a course keeps at least one)' })
  removeOwner(
    @CurrentUser() actor: Actor,
    @Param('id', Uuid) id: string,
    @Param('userId', Uuid) userId: string,
  ): Promise<void> {
    return this.authoring.removeOwner(actor, id, userId);
  }
}

@ApiTags('curriculum')
@ApiBearerAuth()
@RequirePermission(Permission.CourseAuthor)
@Controller('modules')
export class ModuleController {
  constructor(
    private readonly authoring: AuthoringService,
    private readonly learning: LearningService,
  ) {}

  @Patch(':id')
  @ApiOperation({ summary: 'Edit a module (in the draft)' })
  update(
    @CurrentUser() actor: Actor,
    @Param('id', Uuid) id: string,
    @Body() dto: UpdateModuleDto,
  ): Promise<ModuleResponse> {
    return this.authoring.updateModule(actor, id, dto);
  }

  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Remove a module (from the draft)' })
  remove(@CurrentUser() actor: Actor, @Param('id', Uuid) id: string): Promise<void> {
    return this.authoring.deleteModule(actor, id);
  }

  @Post(':id/lessons')
  @ApiOperation({ summary: 'Add a lesson (Markdown) to a module of the draft' })
  async addLesson(
    @CurrentUser() actor: Actor,
    @Param('id', Uuid) id: string,
    @Body() dto: CreateLessonDto,
  ): Promise<LessonResponse> {
    return this.learning.getLesson(actor, await this.authoring.addLesson(actor, id, dto));
  }

  @Put(':id/lesson-order')
  @ApiOperation({ summary: 'Reorder the lessons of a module: every lesson id, in the new order' })
  reorderLessons(
    @CurrentUser() actor: Actor,
    @Param('id', Uuid) id: string,
    @Body() dto: ReorderDto,
  ): Promise<CourseOutline> {
    return this.authoring.reorderLessons(actor, id, dto.ids);
  }
}

@ApiTags('curriculum')
@ApiBearerAuth()
@Controller('lessons')
export class LessonController {
  constructor(
    private readonly authoring: AuthoringService,
    private readonly learning: LearningService,
  ) {}

  @Get(':id')
  @ApiOperation({ summary: 'A lesson: enrolled trainees (403 while locked) and staff' })
  get(@CurrentUser() actor: Actor, @Param('id', Uuid) id: string): Promise<LessonResponse> {
    return this.learning.getLesson(actor, id);
  }

  @Patch(':id')
  @RequirePermission(Permission.CourseAuthor)
  @ApiOperation({ summary: 'Edit a lesson (in the draft; the response carries its draft id)' })
  async update(
    @CurrentUser() actor: Actor,
    @Param('id', Uuid) id: string,
    @Body() dto: UpdateLessonDto,
  ): Promise<LessonResponse> {
    return this.learning.getLesson(actor, await this.authoring.updateLesson(actor, id, dto));
  }

  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @RequirePermission(Permission.CourseAuthor)
  @ApiOperation({ summary: 'Remove a lesson (from the draft)' })
  remove(@CurrentUser() actor: Actor, @Param('id', Uuid) id: string): Promise<void> {
    return this.authoring.deleteLesson(actor, id);
  }

  @Post(':id/complete')
  @HttpCode(HttpStatus.OK)
  @RequirePermission(Permission.CourseLearn)
  @ApiOperation({
    summary: 'Mark the lesson complete and credit reading time; returns progress and the next item',
  })
  complete(
    @CurrentUser() actor: Actor,
    @Param('id', Uuid) id: string,
    @Body() dto: CompleteLessonDto,
  ): Promise<ProgressResponse> {
    return this.learning.complete(actor, id, dto);
  }

  @Post(':id/activity')
  @HttpCode(HttpStatus.NO_CONTENT)
  @RequirePermission(Permission.CourseLearn)
  @ApiOperation({ summary: 'Reading heartbeat: credits time spent (clamped to elapsed time)' })
  activity(
    @CurrentUser() actor: Actor,
    @Param('id', Uuid) id: string,
    @Body() dto: CompleteLessonDto,
  ): Promise<void> {
    return this.learning.recordActivity(actor, id, dto.timeSpentSeconds);
  }
}

@ApiTags('curriculum')
@ApiBearerAuth()
@Controller('me/enrollments')
export class MyEnrollmentsController {
  constructor(private readonly learning: LearningService) {}

  @Get()
  @RequirePermission(Permission.CourseLearn)
  @ApiOperation({ summary: 'My courses with percent complete and where to resume' })
  list(
    @CurrentUser() actor: Actor,
    @Query() query: PageQueryDto,
  ): Promise<Page<EnrollmentSummary>> {
    return this.learning.myEnrollments(actor, query.limit, query.offset);
  }
}
