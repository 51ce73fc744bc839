import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Inject,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { ApiBearerAuth, ApiConsumes, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  type Actor,
  CurrentUser,
  Public,
  receiveUpload,
  RequirePermission,
  sniffImageType,
  storageConfig,
} from '@lms/platform/api';
import {
  type AttestationResponse,
  type BulkIssuanceResponse,
  type Certificate,
  type CourseCeSettings,
  type CourseReportRow,
  type CreditsReportRow,
  type EligibilityResponse,
  type EvaluationForm,
  type EvaluationResults,
  type Page,
  Permission,
  type ProviderSettings,
  type TranscriptResponse,
  type VerificationResponse,
} from '@lms/shared/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { BulkIssuanceService } from './bulk-issuance.service';
import { CertificateService } from './certificate.service';
import { CourseCreditService } from './course-credit.service';
import {
  AttestationDto,
  BulkQueryDto,
  CertificateListQueryDto,
  CourseCeSettingsDto,
  CreditsReportQueryDto,
  EligibilityQueryDto,
  EvaluationFormDto,
  FormatQueryDto,
  IssueCertificateDto,
  ProviderSettingsDto,
  RevokeCertificateDto,
  SubmitEvaluationDto,
} from './credentials.dto';
import { CredentialsErrorCode, CredentialsException } from './credentials.exception';
import { toCsv } from './csv';
import { EligibilityService } from './eligibility.service';
import { ProviderSettingsService } from './provider-settings.service';
import { ReportsService } from './reports.service';

const Uuid = new ParseUUIDPipe({ version: '4' });
const LOGO_MAX_BYTES = 1024 * 1024;

/** Answers with a download: sets its headers and gives back the body for the handler to return. */
function download<T>(res: FastifyReply, type: string, filename: string, body: T): T {
  void res
    .header('Content-Type', type)
    .header('Content-Disposition', `attachment; filename="${filename}"`)
    .header('Cache-Control', 'private, no-store');
  return body;
}

@ApiTags('credentials')
@ApiBearerAuth()
@Controller()
export class CredentialsController {
  constructor(
    private readonly provider: ProviderSettingsService,
    private readonly courses: CourseCreditService,
    private readonly eligibility: EligibilityService,
    private readonly certificates: CertificateService,
    private readonly bulk: BulkIssuanceService,
    private readonly reports: ReportsService,
    @Inject(storageConfig.KEY) private readonly storage: ConfigType<typeof storageConfig>,
  ) {}

  // --- Provider settings -------------------------------------------------------------------

  @Get('provider-settings')
  @RequirePermission(Permission.CertificateIssue)
  @ApiOperation({ summary: 'The provider’s accreditation details (admin)' })
  getProvider(): Promise<ProviderSettings> {
    return this.provider.get();
  }

  @Put('provider-settings')
  @RequirePermission(Permission.CertificateIssue)
  @ApiOperation({ summary: 'Save the provider’s accreditation details (audited)' })
  putProvider(
    @CurrentUser() actor: Actor,
    @Body() dto: ProviderSettingsDto,
  ): Promise<ProviderSettings> {
    return this.provider.update(actor, dto);
  }

  @Put('provider-settings/logo')
  @HttpCode(HttpStatus.NO_CONTENT)
  @RequirePermission(Permission.CertificateIssue)
  @ApiConsumes('multipart/form-data')
  @ApiOperation({ summary: 'Upload the provider’s logo: field `logo`, PNG or JPEG, at most 1 MB' })
  async putLogo(@CurrentUser() actor: Actor, @Req() req: FastifyRequest): Promise<void> {
    const upload = await receiveUpload(req.raw, {
      tmpDir: join(this.storage.uploadsDir, '.incoming'),
      fileField: 'logo',
      maxFileBytes: LOGO_MAX_BYTES,
      maxFieldBytes: 1024,
      sniff: sniffImageType,
      unsupportedMessage: 'logo must be a PNG or JPEG image; its content is not one',
    });
    try {
      if (!upload.file)
        throw new CredentialsException(CredentialsErrorCode.NoLogo, 'logo: choose an image file');
      await this.provider.setLogo(actor, upload.file);
    } finally {
      if (upload.file) await rm(upload.file.path, { force: true });
    }
  }

  @Get('provider-settings/logo')
  @Public()
  @ApiProduces('image/png', 'image/jpeg')
  @ApiOperation({ summary: 'The provider’s logo (public: it appears on verification pages)' })
  async getLogo(@Res() res: FastifyReply): Promise<void> {
    const logo = await this.provider.logo();
    void res
      .header('Content-Type', logo.type)
      .header('Cache-Control', 'public, max-age=300')
      .send(logo.stream);
  }

  // --- Course CE settings and evaluation ----------------------------------------------------

  @Get('courses/:id/ce-settings')
  @ApiOperation({
    summary: 'Learning format and certificate validity of a course (owners, admins)',
  })
  getCeSettings(
    @CurrentUser() actor: Actor,
    @Param('id', Uuid) id: string,
  ): Promise<CourseCeSettings> {
    return this.courses.getCeSettings(actor, id);
  }

  @Put('courses/:id/ce-settings')
  @RequirePermission(Permission.CourseAuthor)
  @ApiOperation({ summary: 'Set the learning format and certificate validity (audited)' })
  putCeSettings(
    @CurrentUser() actor: Actor,
    @Param('id', Uuid) id: string,
    @Body() dto: CourseCeSettingsDto,
  ): Promise<CourseCeSettings> {
    return this.courses.updateCeSettings(actor, id, dto);
  }

  @Get('courses/:id/evaluation')
  @ApiOperation({ summary: 'The course evaluation form (enrolled or staff)' })
  getEvaluation(
    @CurrentUser() actor: Actor,
    @Param('id', Uuid) id: string,
  ): Promise<EvaluationForm> {
    return this.courses.getEvaluation(actor, id);
  }

  @Put('courses/:id/evaluation')
  @RequirePermission(Permission.CourseAuthor)
  @ApiOperation({ summary: 'Edit the evaluation form (owners, admins)' })
  putEvaluation(
    @CurrentUser() actor: Actor,
    @Param('id', Uuid) id: string,
    @Body() dto: EvaluationFormDto,
  ): Promise<EvaluationForm> {
    return this.courses.updateEvaluation(actor, id, dto);
  }

  @Post('courses/:id/evaluation')
  @RequirePermission(Permission.CourseLearn)
  @ApiOperation({ summary: 'Submit the course evaluation (once per enrollment)' })
  submitEvaluation(
    @CurrentUser() actor: Actor,
    @Param('id', Uuid) id: string,
    @Body() dto: SubmitEvaluationDto,
  ): Promise<EvaluationForm> {
    return this.courses.submitEvaluation(actor, id, dto);
  }

  @Get('courses/:id/evaluation/results')
  @ApiOperation({ summary: 'Aggregate evaluation results (owners, admins)' })
  evaluationResults(
    @CurrentUser() actor: Actor,
    @Param('id', Uuid) id: string,
  ): Promise<EvaluationResults> {
    return this.courses.evaluationResults(actor, id);
  }

  @Get('courses/:id/attestation')
  @RequirePermission(Permission.CourseLearn)
  @ApiOperation({ summary: 'My claim, the designations and the time recorded' })
  getAttestation(
    @CurrentUser() actor: Actor,
    @Param('id', Uuid) id: string,
  ): Promise<AttestationResponse> {
    return this.courses.getAttestation(actor, id);
  }

  @Post('courses/:id/attestation')
  @RequirePermission(Permission.CourseLearn)
  @ApiOperation({ summary: 'Claim credit of one type (0.25 steps, ≤ designation) and attest' })
  attest(
    @CurrentUser() actor: Actor,
    @Param('id', Uuid) id: string,
    @Body() dto: AttestationDto,
  ): Promise<AttestationResponse> {
    return this.courses.attest(actor, id, dto);
  }

  @Get('courses/:id/eligibility')
  @ApiOperation({ summary: 'Whether a certificate can be issued, with what is missing' })
  getEligibility(
    @CurrentUser() actor: Actor,
    @Param('id', Uuid) id: string,
    @Query() query: EligibilityQueryDto,
  ): Promise<EligibilityResponse> {
    return this.eligibility.forActor(actor, id, query.userId);
  }

  // --- Certificates --------------------------------------------------------------------------

  @Post('certificates')
  @RequirePermission(Permission.CertificateIssue)
  @ApiOperation({ summary: 'Issue a certificate (422 with `missing`; 409 when one is active)' })
  issue(@CurrentUser() actor: Actor, @Body() dto: IssueCertificateDto): Promise<Certificate> {
    return this.certificates.issue(actor, dto.userId, dto.courseId);
  }

  @Post('courses/:id/certificates/bulk')
  @RequirePermission(Permission.CertificateIssue)
  @ApiOperation({
    summary:
      'Issue for every eligible trainee (a background job): 200 with the summary when done within 20 s, else 202 with progress',
  })
  async bulkIssue(
    @CurrentUser() actor: Actor,
    @Param('id', Uuid) id: string,
    @Query() query: BulkQueryDto,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<BulkIssuanceResponse> {
    const { run, finished } = await this.bulk.start(actor, id, query.wait ?? true);
    void res.status(finished ? HttpStatus.OK : HttpStatus.ACCEPTED);
    return run;
  }

  @Get('bulk-issuances/:id')
  @RequirePermission(Permission.CertificateIssue)
  @ApiOperation({ summary: 'Progress and summary of a bulk issuance' })
  bulkStatus(@Param('id', Uuid) id: string): Promise<BulkIssuanceResponse> {
    return this.bulk.get(id);
  }

  @Get('certificates')
  @RequirePermission(Permission.CertificateIssue)
  @ApiOperation({ summary: 'Certificates, newest first, by course, trainee, status or text' })
  list(@Query() query: CertificateListQueryDto): Promise<Page<Certificate>> {
    return this.certificates.list(query);
  }

  @Get('me/certificates')
  @ApiOperation({ summary: 'My certificates, newest first' })
  mine(@CurrentUser() actor: Actor): Promise<Certificate[]> {
    return this.certificates.mine(actor);
  }

  @Get('me/transcript')
  @ApiProduces('application/json', 'text/csv', 'application/pdf')
  @ApiOperation({ summary: 'My certificates and credits by type and year (?format=csv|pdf)' })
  async transcript(
    @CurrentUser() actor: Actor,
    @Query() query: FormatQueryDto,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<TranscriptResponse | string | Buffer> {
    const transcript = await this.certificates.transcript(actor);
    if (query.format === 'csv')
      return download(
        res,
        'text/csv; charset=utf-8',
        'ce-transcript.csv',
        this.certificates.transcriptCsv(transcript),
      );
    if (query.format === 'pdf')
      return download(
        res,
        'application/pdf',
        'ce-transcript.pdf',
        await this.certificates.transcriptPdf(transcript),
      );
    return transcript;
  }

  @Get('certificates/:id')
  @ApiOperation({ summary: 'A certificate (its holder or an admin)' })
  get(@CurrentUser() actor: Actor, @Param('id', Uuid) id: string): Promise<Certificate> {
    return this.certificates.getFor(actor, id);
  }

  @Get('certificates/:id/pdf')
  @ApiProduces('application/pdf')
  @ApiOperation({ summary: 'The certificate’s PDF, as rendered at issue (its holder or an admin)' })
  async pdf(
    @CurrentUser() actor: Actor,
    @Param('id', Uuid) id: string,
    @Res() res: FastifyReply,
  ): Promise<void> {
    const { stream, filename } = await this.certificates.pdf(actor, id);
    void res.send(download(res, 'application/pdf', filename, stream));
  }

  @Post('certificates/:id/revoke')
  @HttpCode(HttpStatus.OK)
  @RequirePermission(Permission.CertificateIssue)
  @ApiOperation({ summary: 'Revoke with a reason (audited; never edited or deleted)' })
  revoke(
    @CurrentUser() actor: Actor,
    @Param('id', Uuid) id: string,
    @Body() dto: RevokeCertificateDto,
  ): Promise<Certificate> {
    return this.certificates.revoke(actor, id, dto.reason);
  }

  @Post('certificates/:id/reissue')
  @RequirePermission(Permission.CertificateIssue)
  @ApiOperation({ summary: 'Revoke (if active) and issue a new certificate with a new code' })
  reissue(
    @CurrentUser() actor: Actor,
    @Param('id', Uuid) id: string,
    @Body() dto: RevokeCertificateDto,
  ): Promise<Certificate> {
    return this.certificates.reissue(actor, id, dto.reason);
  }

  @Get('verify/:code')
  @Public()
  @ApiOperation({ summary: 'Verify a certificate by its code (public); 404 for an unknown code' })
  verify(@Param('code') code: string): Promise<VerificationResponse> {
    if (code.length > 40)
      throw new CredentialsException(
        CredentialsErrorCode.CertificateNotFound,
        'No certificate has this verification code',
      );
    return this.certificates.verify(code);
  }

  // --- Reports -------------------------------------------------------------------------------

  @Get('reports/credits')
  @RequirePermission(Permission.CertificateIssue)
  @ApiProduces('application/json', 'text/csv')
  @ApiOperation({ summary: 'Certificates and credits issued per credit type and period' })
  async creditsReport(
    @Query() query: CreditsReportQueryDto,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<CreditsReportRow[] | string> {
    const rows = await this.reports.credits(query);
    if (query.format !== 'csv') return rows;
    return download(
      res,
      'text/csv; charset=utf-8',
      'credits-report.csv',
      toCsv(
        ['Period', 'Credit type', 'Certificates', 'Credits'],
        rows.map((r) => [r.period, r.creditType, r.certificates, r.credits.toFixed(2)]),
      ),
    );
  }

  @Get('reports/courses')
  @RequirePermission(Permission.CertificateIssue)
  @ApiProduces('application/json', 'text/csv')
  @ApiOperation({ summary: 'Learners, completions, certificates and evaluations per course' })
  async coursesReport(
    @Query() query: FormatQueryDto,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<CourseReportRow[] | string> {
    const rows = await this.reports.courses();
    if (query.format !== 'csv') return rows;
    return download(
      res,
      'text/csv; charset=utf-8',
      'courses-report.csv',
      toCsv(
        ['Course', 'Learners', 'Completed', 'Completion rate (%)', 'Certificates', 'Evaluations'],
        rows.map((r) => [
          r.title,
          r.learners,
          r.completed,
          r.completionRate,
          r.certificates,
          r.evaluations,
        ]),
      ),
    );
  }
}
