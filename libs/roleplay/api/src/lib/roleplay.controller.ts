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
  Req,
  Res,
} from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  type Actor,
  CurrentUser,
  isMultipartRequest,
  Public,
  receiveUpload,
  RequirePermission,
  sniffMediaType,
  storageConfig,
  validateBody,
} from '@lms/platform/api';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
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
  RecordingLinkQueryDto,
  REFLECTION_MAX,
  RegradeDto,
  RubricDto,
  TRANSCRIPT_MAX,
} from './roleplay.dto';
import { type RecordingStream, RoleplayService } from './roleplay.service';

const Uuid = new ParseUUIDPipe({ version: '4' });

@ApiTags('roleplay')
@ApiBearerAuth()
@Controller()
export class RoleplayController {
  constructor(
    private readonly roleplays: RoleplayService,
    @Inject(storageConfig.KEY) private readonly storage: ConfigType<typeof storageConfig>,
  ) {}

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
  @ApiConsumes('application/json', 'multipart/form-data')
  @ApiOperation({
    summary:
      'Submit a transcript and reflection for grading; as multipart/form-data with an optional `recording` file (audio/video, checked by content, UPLOAD_MAX_BYTES)',
  })
  async submit(
    @CurrentUser() actor: Actor,
    @Param('id', Uuid) id: string,
    @Req() req: FastifyRequest,
  ): Promise<{ id: string; status: 'submitted' }> {
    if (!isMultipartRequest(req.raw)) {
      return this.roleplays.submit(actor, id, await validateBody(CreateSubmissionDto, req.body));
    }
    // Refuse before receiving a large file that could not be submitted anyway.
    await this.roleplays.assertCanSubmit(actor, id);
    const upload = await receiveUpload(req.raw, {
      tmpDir: join(this.storage.uploadsDir, '.incoming'),
      fileField: 'recording',
      maxFileBytes: this.storage.uploadMaxBytes,
      maxFieldBytes: Math.max(TRANSCRIPT_MAX, REFLECTION_MAX) * 4,
      sniff: sniffMediaType,
      unsupportedMessage:
        'recording must be an audio or video file (WebM, Ogg, MP4, MP3 or WAV); its content is not one',
    });
    try {
      const dto = await validateBody(CreateSubmissionDto, upload.fields);
      return await this.roleplays.submit(actor, id, dto, upload.file);
    } finally {
      if (upload.file) await rm(upload.file.path, { force: true });
    }
  }

  @Get('roleplays/:id/submissions')
  @ApiOperation({
    summary:
      'My submissions of this role-play, newest first, with grades (staff: none of their own)',
  })
  mine(@CurrentUser() actor: Actor, @Param('id', Uuid) id: string): Promise<SubmissionResponse[]> {
    return this.roleplays.mySubmissions(actor, id);
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

  @Post('submissions/:id/regrade')
  @HttpCode(HttpStatus.OK)
  @RequirePermission(Permission.RoleplayGrade)
  @ApiOperation({
    summary: 'Correct the grade in force with a new, audited grade event (latest submission only)',
  })
  regrade(
    @CurrentUser() actor: Actor,
    @Param('id', Uuid) id: string,
    @Body() dto: RegradeDto,
  ): Promise<SubmissionResponse> {
    return this.roleplays.regrade(actor, id, dto);
  }

  @Get('submissions/:id')
  @ApiOperation({ summary: 'A submission with its grade (owner or course staff)' })
  getSubmission(
    @CurrentUser() actor: Actor,
    @Param('id', Uuid) id: string,
  ): Promise<SubmissionResponse> {
    return this.roleplays.getSubmission(actor, id);
  }

  @Get('submissions/:id/recording')
  @ApiProduces('audio/*', 'video/*')
  @ApiOperation({ summary: 'The recording (owner or course staff); supports Range requests' })
  async recording(
    @CurrentUser() actor: Actor,
    @Param('id', Uuid) id: string,
    @Req() req: FastifyRequest,
    @Res() res: FastifyReply,
  ): Promise<void> {
    send(res, await this.roleplays.openRecording({ actor }, id, req.headers.range));
  }

  @Get('recordings/:id')
  @Public()
  @ApiProduces('audio/*', 'video/*')
  @ApiOperation({
    summary:
      'The recording through the signed link in a submission (for <video>/<audio>); supports Range requests',
  })
  async recordingByLink(
    @Param('id', Uuid) id: string,
    @Query() query: RecordingLinkQueryDto,
    @Req() req: FastifyRequest,
    @Res() res: FastifyReply,
  ): Promise<void> {
    send(res, await this.roleplays.openRecording({ token: query.token }, id, req.headers.range));
  }
}

/** 200 whole, 206 one range, 416 unsatisfiable; private, never cached by shared caches. */
function send(res: FastifyReply, recording: RecordingStream): void {
  void res
    .header('Accept-Ranges', 'bytes')
    .header('Cache-Control', 'private, max-age=3600')
    .header('Content-Type', recording.contentType)
    .header('X-Content-Type-Options', 'nosniff');
  if (recording.unsatisfiable) {
    void res
      .code(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE)
      .header('Content-Range', `bytes */${recording.size}`)
      .send();
    return;
  }
  const { range } = recording;
  if (range) {
    void res
      .code(HttpStatus.PARTIAL_CONTENT)
      .header('Content-Range', `bytes ${range.start}-${range.end}/${recording.size}`)
      .header('Content-Length', range.end - range.start + 1);
  } else {
    void res.code(HttpStatus.OK).header('Content-Length', recording.size);
  }
  void res.send(recording.stream);
}
