import { Inject, Injectable, Logger } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { CurriculumFacade } from '@lms/curriculum/api';
import { IdentityFacade } from '@lms/identity/api';
import { type Actor, AuditTrail, likePattern, ObjectStorage } from '@lms/platform/api';
import {
  AuditEventType,
  type Certificate,
  type CertificateStatus,
  CREDIT_TYPE_LABELS,
  CreditType,
  hasPermission,
  LEARNING_FORMAT_LABELS,
  type License,
  type Page,
  Permission,
  type TranscriptResponse,
  type VerificationResponse,
} from '@lms/shared/contracts';
import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import { credentialsConfig } from './credentials.config';
import { toCsv } from './csv';
import type { CertificateListQueryDto } from './credentials.dto';
import { CertificateEntity } from './credentials.entities';
import { CredentialsErrorCode, CredentialsException } from './credentials.exception';
import { CourseCreditService } from './course-credit.service';
import { type Eligibility, EligibilityService } from './eligibility.service';
import { CertificatePdfPool, renderTranscriptPdf } from './pdf';
import { ProviderSettingsService } from './provider-settings.service';
import {
  formatVerificationCode,
  newVerificationCode,
  isWellFormedVerificationCode,
  normaliseVerificationCode,
} from './verification-code';

/** Credit types whose certificates print the holder's licence (boards match on it). */
export const LICENCE_ON_CERTIFICATE: readonly CreditType[] = [
  CreditType.Ancc,
  CreditType.AswbAce,
  CreditType.Nbcc,
  CreditType.Apa,
];

export interface IssueOptions {
  bulkIssuanceId?: string;
  /** Reissue: revoke this certificate (unless already revoked) with the reason, in the same transaction. */
  replaces?: { id: string; reason: string };
}

const UNIQUE_VIOLATION = '23505';

export function certificateStatus(row: CertificateEntity, now = new Date()): CertificateStatus {
  if (row.revokedAt) return 'revoked';
  if (row.expiresAt && row.expiresAt <= now) return 'expired';
  return 'active';
}

function toCertificate(row: CertificateEntity): Certificate {
  return {
    id: row.id,
    verificationCode: formatVerificationCode(row.verificationCode),
    userId: row.userId,
    courseId: row.courseId,
    creditType: row.creditType,
    credits: row.credits,
    issuedAt: row.issuedAt.toISOString(),
    status: certificateStatus(row),
    ...(row.revokedAt
      ? { revokedAt: row.revokedAt.toISOString(), revocationReason: row.revocationReason ?? '' }
      : {}),
    holderName: row.holderName,
    courseTitle: row.courseTitle,
    completedAt: row.completedAt.toISOString(),
    expiresAt: row.expiresAt?.toISOString() ?? null,
    replacesId: row.replacesId,
    pdfUrl: `/api/certificates/${row.id}/pdf`,
  };
}

function addMonths(date: Date, months: number): Date {
  const result = new Date(date);
  result.setUTCMonth(result.getUTCMonth() + months);
  return result;
}

/**
 * Issues, revokes and reissues certificates, serves their PDFs (rendered once, at issue),
 * verifies them by code and builds transcripts. Issuance is race-free: an advisory lock per
 * enrollment serialises it, and a partial unique index allows one unrevoked certificate per
 * enrollment whatever happens.
 */
@Injectable()
export class CertificateService {
  private readonly logger = new Logger(CertificateService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(credentialsConfig.KEY) private readonly config: ConfigType<typeof credentialsConfig>,
    private readonly eligibility: EligibilityService,
    private readonly curriculum: CurriculumFacade,
    private readonly pdfPool: CertificatePdfPool,
    private readonly courses: CourseCreditService,
    private readonly provider: ProviderSettingsService,
    private readonly identity: IdentityFacade,
    private readonly audit: AuditTrail,
    private readonly storage: ObjectStorage,
  ) {}

  /** POST /api/certificates: 422 with `missing` when not eligible, 409 when one is active. */
  async issue(
    actor: Actor,
    userId: string,
    courseId: string,
    options: IssueOptions = {},
  ): Promise<Certificate> {
    const enrollmentId = await this.curriculum.enrollmentId(userId, courseId);
    if (!enrollmentId) {
      // 404 for a course that does not exist; only asked when there is no enrollment (an
      // enrollment means the course exists), so a bulk run does not ask 10,000 times.
      await this.courses.assertExists(courseId);
      throw new CredentialsException(CredentialsErrorCode.NotEligible, undefined, {
        missing: ['Enroll in the course'],
      });
    }
    return this.dataSource.transaction(async (em) => {
      await em.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`certificate:${enrollmentId}`]);
      if (options.replaces)
        await this.revokeIn(em, actor, options.replaces.id, options.replaces.reason, true);
      // Eligibility is read under the lock, once: a claim or a certificate cannot change meanwhile.
      const now = await this.eligibility.check(em, userId, courseId);
      if (now.activeCertificate)
        throw new CredentialsException(CredentialsErrorCode.CertificateExists);
      if (!now.eligible)
        throw new CredentialsException(CredentialsErrorCode.NotEligible, undefined, {
          missing: now.missing,
        });
      return toCertificate(await this.create(em, actor, now, options));
    });
  }

  private async create(
    em: EntityManager,
    actor: Actor,
    eligibility: Eligibility,
    options: IssueOptions,
  ): Promise<CertificateEntity> {
    const { record, attestation, evaluation } = eligibility;
    if (!record || !attestation || !evaluation) throw new Error('eligibility without a record');
    const settings = await this.provider.find();
    const accreditation = settings?.accreditations.find(
      (a) => a.creditType === attestation.creditType,
    );
    if (!settings || !accreditation?.statement.trim()) {
      throw new CredentialsException(
        CredentialsErrorCode.ProviderSettingsIncomplete,
        `Add the accreditation statement for ${CREDIT_TYPE_LABELS[attestation.creditType]} in the provider settings first`,
        { missing: [`Accreditation statement for ${CREDIT_TYPE_LABELS[attestation.creditType]}`] },
      );
    }
    const profile = await this.identity.getProfile(record.enrollment.userId);
    if (!profile) throw new CredentialsException(CredentialsErrorCode.UserNotFound);
    const { learningFormat, validityMonths } = await this.courses.settings(record.outline.id);
    const issuedAt = new Date();
    const completedAt = await this.completionDate(em, eligibility);
    const licence: License | null = LICENCE_ON_CERTIFICATE.includes(attestation.creditType)
      ? (profile.licenses.at(0) ?? null)
      : null;
    const row = em.create(CertificateEntity, {
      enrollmentId: record.enrollment.id,
      userId: record.enrollment.userId,
      courseId: record.outline.id,
      courseVersionId: record.enrollment.versionId,
      verificationCode: newVerificationCode(),
      creditType: attestation.creditType,
      credits: attestation.creditsClaimed,
      holderName: profile.fullName,
      licence,
      courseTitle: record.outline.title,
      learningFormat,
      completedAt,
      issuedAt,
      expiresAt: validityMonths ? addMonths(issuedAt, validityMonths) : null,
      accreditationStatement: accreditation.statement,
      providerNumber: accreditation.providerNumber,
      providerName: settings.providerName,
      signatoryName: settings.signatoryName,
      signatoryTitle: settings.signatoryTitle,
      issuedBy: actor.id,
      bulkIssuanceId: options.bulkIssuanceId ?? null,
      replacesId: options.replaces?.id ?? null,
      revokedAt: null,
      revocationReason: null,
      revokedBy: null,
    });
    row.id = randomUUID();
    row.pdfKey = `certificates/${row.id}.pdf`;
    const pdf = await this.pdfPool.render({
      verificationCode: formatVerificationCode(row.verificationCode),
      verifyUrl: this.verifyUrl(row.verificationCode),
      holderName: row.holderName,
      licence,
      courseTitle: row.courseTitle,
      learningFormat: LEARNING_FORMAT_LABELS[learningFormat],
      completedAt,
      issuedAt,
      expiresAt: row.expiresAt,
      creditTypeLabel: CREDIT_TYPE_LABELS[row.creditType],
      credits: row.credits,
      accreditationStatement: row.accreditationStatement,
      providerNumber: row.providerNumber,
      providerName: row.providerName,
      providerAddress: settings.address,
      signatoryName: row.signatoryName,
      signatoryTitle: row.signatoryTitle,
      logo: await this.provider.logoBytes(settings),
    });
    await this.storage.putBuffer(row.pdfKey, pdf, 'application/pdf');
    try {
      await em.insert(CertificateEntity, row);
      await this.audit.record(em, {
        type: AuditEventType.CertificateIssued,
        actorId: actor.id,
        subjectType: 'certificate',
        subjectId: row.id,
        payload: {
          userId: row.userId,
          courseId: row.courseId,
          enrollmentId: row.enrollmentId,
          creditType: row.creditType,
          credits: row.credits,
          verificationCode: row.verificationCode,
          ...(options.bulkIssuanceId ? { bulkIssuanceId: options.bulkIssuanceId } : {}),
          ...(options.replaces ? { replacesId: options.replaces.id } : {}),
        },
      });
    } catch (error) {
      await this.storage.delete(row.pdfKey);
      if (
        error instanceof QueryFailedError &&
        (error.driverError as { code?: string }).code === UNIQUE_VIOLATION
      )
        throw new CredentialsException(CredentialsErrorCode.CertificateExists);
      throw error;
    }
    return row;
  }

  /** The day the last requirement was met (lessons, quizzes, role-plays, evaluation, claim). */
  private async completionDate(em: EntityManager, eligibility: Eligibility): Promise<Date> {
    const { record, attestation, evaluation } = eligibility;
    if (!record || !attestation || !evaluation) throw new Error('eligibility without a record');
    // Read-only look at when quizzes and role-plays were passed in the enrolled version.
    const rows = await em.query<{ passed_at: Date | null }[]>(
      `SELECT greatest(
         (SELECT max(a.submitted_at) FROM assessment.attempt a
            JOIN assessment.quiz z ON z.id = a.quiz_id
            JOIN curriculum.module m ON m.id = z.module_id
           WHERE m.version_id = $1 AND a.user_id = $2 AND a.passed),
         (SELECT max(g.created_at) FROM roleplay.grade g
            JOIN roleplay.submission s ON s.id = g.submission_id
            JOIN roleplay.scenario sc ON sc.id = s.scenario_id
            JOIN curriculum.module m ON m.id = sc.module_id
           WHERE m.version_id = $1 AND s.user_id = $2 AND g.outcome = 'pass')) AS passed_at`,
      [record.enrollment.versionId, record.enrollment.userId],
    );
    const dates = [
      record.lastLessonCompletedAt,
      rows.at(0)?.passed_at ?? null,
      evaluation.createdAt,
      attestation.attestedAt,
    ].flatMap((d) => (d ? [new Date(d).getTime()] : []));
    return new Date(Math.max(...dates));
  }

  async revoke(actor: Actor, id: string, reason: string): Promise<Certificate> {
    await this.dataSource.transaction((em) => this.revokeIn(em, actor, id, reason));
    return this.getFor(actor, id);
  }

  /** Revokes and issues a new certificate (new code) from the current claim, in one go. */
  async reissue(actor: Actor, id: string, reason: string): Promise<Certificate> {
    const old = await this.find(id);
    return this.issue(actor, old.userId, old.courseId, { replaces: { id: old.id, reason } });
  }

  private async revokeIn(
    em: EntityManager,
    actor: Actor,
    id: string,
    reason: string,
    alreadyRevokedIsFine = false,
  ): Promise<void> {
    const row = await em.findOne(CertificateEntity, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!row) throw new CredentialsException(CredentialsErrorCode.CertificateNotFound);
    if (row.revokedAt) {
      if (alreadyRevokedIsFine) return;
      throw new CredentialsException(CredentialsErrorCode.AlreadyRevoked);
    }
    const revokedAt = new Date();
    await em.update(
      CertificateEntity,
      { id },
      { revokedAt, revocationReason: reason, revokedBy: actor.id },
    );
    await this.audit.record(em, {
      type: AuditEventType.CertificateRevoked,
      actorId: actor.id,
      subjectType: 'certificate',
      subjectId: id,
      payload: {
        userId: row.userId,
        courseId: row.courseId,
        reason,
        before: { status: certificateStatus(row) },
        after: { status: 'revoked', revokedAt: revokedAt.toISOString() },
      },
    });
  }

  async getFor(actor: Actor, id: string): Promise<Certificate> {
    const row = await this.find(id);
    this.assertCanRead(actor, row);
    return toCertificate(row);
  }

  async mine(actor: Actor): Promise<Certificate[]> {
    const rows = await this.dataSource.manager.find(CertificateEntity, {
      where: { userId: actor.id },
      order: { issuedAt: 'DESC' },
    });
    return rows.map(toCertificate);
  }

  async list(query: CertificateListQueryDto): Promise<Page<Certificate>> {
    const qb = this.dataSource.manager
      .createQueryBuilder(CertificateEntity, 'c')
      .orderBy('c.issued_at', 'DESC')
      .addOrderBy('c.id', 'ASC')
      .take(query.limit)
      .skip(query.offset);
    if (query.courseId) qb.andWhere('c.course_id = :courseId', { courseId: query.courseId });
    if (query.userId) qb.andWhere('c.user_id = :userId', { userId: query.userId });
    if (query.status === 'revoked') qb.andWhere('c.revoked_at IS NOT NULL');
    if (query.status === 'active')
      qb.andWhere('c.revoked_at IS NULL AND (c.expires_at IS NULL OR c.expires_at > now())');
    if (query.status === 'expired')
      qb.andWhere('c.revoked_at IS NULL AND c.expires_at IS NOT NULL AND c.expires_at <= now()');
    if (query.q?.trim()) {
      const q = query.q.trim();
      qb.andWhere(
        '(c.holder_name ILIKE :like OR c.course_title ILIKE :like OR c.verification_code = :code)',
        { like: likePattern(q), code: normaliseVerificationCode(q) },
      );
    }
    const [rows, total] = await qb.getManyAndCount();
    return { total, items: rows.map(toCertificate) };
  }

  async pdf(actor: Actor, id: string): Promise<{ stream: Readable; filename: string }> {
    const row = await this.find(id);
    this.assertCanRead(actor, row);
    return {
      stream: await this.storage.read(row.pdfKey),
      filename: `certificate-${formatVerificationCode(row.verificationCode)}.pdf`,
    };
  }

  /** Public: never "valid" when revoked or expired. */
  async verify(code: string): Promise<VerificationResponse> {
    const normalised = normaliseVerificationCode(code);
    // Anything outside the alphabet (a NUL byte PostgreSQL would refuse, say) cannot match.
    const row = isWellFormedVerificationCode(normalised)
      ? await this.dataSource.manager.findOneBy(CertificateEntity, { verificationCode: normalised })
      : null;
    if (!row)
      throw new CredentialsException(
        CredentialsErrorCode.CertificateNotFound,
        'No certificate has this verification code',
      );
    const status = certificateStatus(row);
    return {
      valid: status === 'active',
      status,
      holderName: row.holderName,
      courseTitle: row.courseTitle,
      creditType: row.creditType,
      credits: row.credits,
      issuedAt: row.issuedAt.toISOString(),
      completedAt: row.completedAt.toISOString(),
      ...(row.revokedAt ? { revokedAt: row.revokedAt.toISOString() } : {}),
      ...(row.expiresAt ? { expiresAt: row.expiresAt.toISOString() } : {}),
      providerName: row.providerName,
      verificationCode: formatVerificationCode(row.verificationCode),
    };
  }

  /** Totals count unrevoked certificates; expired ones still count for the year they were earned. */
  async transcript(actor: Actor): Promise<TranscriptResponse> {
    const rows = await this.dataSource.manager.find(CertificateEntity, {
      where: { userId: actor.id },
      order: { issuedAt: 'DESC' },
    });
    const profile = await this.identity.getProfile(actor.id);
    const counted = rows.filter((r) => !r.revokedAt);
    const byType = new Map<CreditType, { credits: number; certificates: number }>();
    const byYear = new Map<number, Map<CreditType, number>>();
    for (const row of counted) {
      const t = byType.get(row.creditType) ?? { credits: 0, certificates: 0 };
      byType.set(row.creditType, {
        credits: t.credits + row.credits,
        certificates: t.certificates + 1,
      });
      const year = row.completedAt.getUTCFullYear();
      const ofYear = byYear.get(year) ?? new Map<CreditType, number>();
      ofYear.set(row.creditType, (ofYear.get(row.creditType) ?? 0) + row.credits);
      byYear.set(year, ofYear);
    }
    return {
      holderName: profile?.fullName ?? rows.at(0)?.holderName ?? '',
      certificates: rows.map(toCertificate),
      totalsByCreditType: [...byType.entries()]
        .map(([creditType, t]) => ({
          creditType,
          credits: t.credits,
          certificates: t.certificates,
        }))
        .sort((a, b) => a.creditType.localeCompare(b.creditType)),
      totalsByYear: [...byYear.entries()]
        .flatMap(([year, ofYear]) =>
          [...ofYear.entries()].map(([creditType, credits]) => ({ year, creditType, credits })),
        )
        .sort((a, b) => b.year - a.year || a.creditType.localeCompare(b.creditType)),
      generatedAt: new Date().toISOString(),
    };
  }

  transcriptCsv(transcript: TranscriptResponse): string {
    return toCsv(
      ['Course', 'Credit type', 'Credits', 'Completed', 'Issued', 'Status', 'Verification code'],
      transcript.certificates.map((c) => [
        c.courseTitle,
        CREDIT_TYPE_LABELS[c.creditType],
        c.credits.toFixed(2),
        c.completedAt.slice(0, 10),
        c.issuedAt.slice(0, 10),
        c.status,
        c.verificationCode,
      ]),
    );
  }

  async transcriptPdf(transcript: TranscriptResponse): Promise<Buffer> {
    const settings = await this.provider.find();
    return renderTranscriptPdf({
      holderName: transcript.holderName,
      generatedAt: new Date(transcript.generatedAt),
      providerName: settings?.providerName ?? '',
      certificates: transcript.certificates.map((c) => ({
        courseTitle: c.courseTitle,
        creditTypeLabel: CREDIT_TYPE_LABELS[c.creditType],
        credits: c.credits,
        completedAt: new Date(c.completedAt),
        issuedAt: new Date(c.issuedAt),
        status: c.status,
        verificationCode: c.verificationCode,
      })),
      totalsByCreditType: transcript.totalsByCreditType.map((t) => ({
        creditTypeLabel: CREDIT_TYPE_LABELS[t.creditType],
        credits: t.credits,
        certificates: t.certificates,
      })),
      totalsByYear: transcript.totalsByYear.map((t) => ({
        year: t.year,
        creditTypeLabel: CREDIT_TYPE_LABELS[t.creditType],
        credits: t.credits,
      })),
    });
  }

  verifyUrl(code: string): string {
    return `${this.config.publicBaseUrl}/verify/${formatVerificationCode(code)}`;
  }

  private assertCanRead(actor: Actor, row: CertificateEntity): void {
    if (row.userId !== actor.id && !hasPermission(actor.roles, Permission.CertificateIssue))
      throw new CredentialsException(CredentialsErrorCode.NotYourCertificate);
  }

  private async find(id: string): Promise<CertificateEntity> {
    const row = await this.dataSource.manager.findOneBy(CertificateEntity, { id });
    if (!row) throw new CredentialsException(CredentialsErrorCode.CertificateNotFound);
    return row;
  }
}
