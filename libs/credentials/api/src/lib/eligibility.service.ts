import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CurriculumFacade, type LearnerRecord } from '@lms/curriculum/api';
import { type Actor } from '@lms/platform/api';
import { type EligibilityResponse, Permission, hasPermission } from '@lms/shared/contracts';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import {
  AttestationEntity,
  CertificateEntity,
  EvaluationResponseEntity,
} from './credentials.entities';
import { CredentialsErrorCode, CredentialsException } from './credentials.exception';

export interface Eligibility {
  eligible: boolean;
  missing: string[];
  record: LearnerRecord | null;
  attestation: AttestationEntity | null;
  evaluation: EvaluationResponseEntity | null;
  activeCertificate: CertificateEntity | null;
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/**
 * DOMAIN.md: a certificate only when every required module is complete, the post-test passed,
 * every required role-play passed, the evaluation submitted and the attestation made. What is
 * missing is said in plain words a trainee can act on.
 */
export function missingRequirements(
  record: LearnerRecord,
  evaluated: boolean,
  attested: boolean,
): string[] {
  const missing: string[] = [];
  const modules = record.outline.modules;
  for (const module of modules) {
    const left = module.lessons.filter((l) => !l.completed).length;
    if (left > 0)
      missing.push(
        `Complete ${plural(left, 'lesson', 'lessons')} of module ${module.position + 1}, "${module.title}"`,
      );
    for (const quiz of module.quizzes.filter((q) => !q.passed && !q.isPostTest))
      missing.push(`Pass the quiz "${quiz.title}"`);
    for (const roleplay of module.roleplays.filter((r) => !r.passed))
      missing.push(`Pass the role-play "${roleplay.title}"`);
  }
  const postTests = modules.flatMap((m) => m.quizzes.filter((q) => q.isPostTest));
  if (postTests.length === 0)
    missing.push('The course has no post-test yet; a certificate needs a passed post-test');
  for (const postTest of postTests.filter((q) => !q.passed))
    missing.push(`Pass the post-test "${postTest.title}"`);
  if (!evaluated) missing.push('Submit the course evaluation');
  if (!attested) missing.push('Attest to your participation and claim your credit');
  return missing;
}

@Injectable()
export class EligibilityService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly curriculum: CurriculumFacade,
  ) {}

  /** GET /api/courses/:id/eligibility: trainees for themselves, admins for anyone. */
  async forActor(actor: Actor, courseId: string, userId?: string): Promise<EligibilityResponse> {
    const subject = userId ?? actor.id;
    if (subject !== actor.id && !hasPermission(actor.roles, Permission.CertificateIssue))
      throw new CredentialsException(
        CredentialsErrorCode.NotYourCertificate,
        'Only administrators can check another trainee’s eligibility',
      );
    if (!(await this.curriculum.courseExists(courseId)))
      throw new CredentialsException(CredentialsErrorCode.CourseNotFound);
    const result = await this.check(this.dataSource.manager, subject, courseId);
    return {
      eligible: result.eligible,
      missing: result.missing,
      userId: subject,
      courseId,
      certificateId: result.activeCertificate?.id ?? null,
    };
  }

  async check(em: EntityManager, userId: string, courseId: string): Promise<Eligibility> {
    const record = await this.curriculum.learnerRecord(userId, courseId);
    if (!record)
      return {
        eligible: false,
        missing: ['Enroll in the course'],
        record: null,
        attestation: null,
        evaluation: null,
        activeCertificate: null,
      };
    const enrollmentId = record.enrollment.id;
    // One after another: inside a transaction they share one connection.
    const evaluation = await em.findOneBy(EvaluationResponseEntity, { enrollmentId });
    const attestation = await em.findOneBy(AttestationEntity, { enrollmentId });
    const activeCertificate = await em.findOneBy(CertificateEntity, {
      enrollmentId,
      revokedAt: IsNull(),
    });
    const missing = missingRequirements(record, evaluation !== null, attestation !== null);
    return {
      eligible: missing.length === 0,
      missing,
      record,
      attestation,
      evaluation,
      activeCertificate,
    };
  }
}
