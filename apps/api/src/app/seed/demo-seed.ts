import { Inject, Injectable, Logger } from '@nestjs/common';
import { AssessmentFacade, DEMO_QUESTION_BANK } from '@lms/assessment/api';
import { CredentialsFacade } from '@lms/credentials/api';
import { CurriculumFacade, DEMO_COURSE } from '@lms/curriculum/api';
import { IdentityFacade } from '@lms/identity/api';
import { DEMO_ROLEPLAYS, RoleplayFacade } from '@lms/roleplay/api';
import type { Actor } from '@lms/platform/api';
import { CreditType, LearningFormat, Profession, Role } from '@lms/shared/contracts';
import { DEMO_PROVIDER } from './demo-provider.content';

export const DEMO_PASSWORD = 'Demo-Passw0rd!';

/** The demo course designates credit for physicians, nurses, psychologists, social workers and counselors. */
export const DEMO_CREDIT_TYPES = [
  CreditType.AmaPra1,
  CreditType.Ancc,
  CreditType.Apa,
  CreditType.AswbAce,
  CreditType.Nbcc,
];

export const DEMO_ACCOUNTS = [
  {
    email: 'admin@demo.test',
    fullName: 'Avery Morgan',
    profession: Profession.Other,
    roles: [Role.Admin],
  },
  {
    email: 'instructor@demo.test',
    fullName: 'Dr. Samira Okafor',
    profession: Profession.Psychiatrist,
    roles: [Role.Instructor],
  },
  {
    email: 'trainee@demo.test',
    fullName: 'Jordan Lee',
    profession: Profession.SocialWorker,
    roles: [Role.Trainee],
  },
] as const;

/** Demo data for the embedded database (or SEED_DEMO=true). Safe to run on every start. */
@Injectable()
export class DemoSeed {
  static readonly OPTIONS = Symbol('DemoSeedOptions');
  private readonly logger = new Logger(DemoSeed.name);

  constructor(
    private readonly identity: IdentityFacade,
    private readonly curriculum: CurriculumFacade,
    private readonly assessment: AssessmentFacade,
    private readonly roleplay: RoleplayFacade,
    private readonly credentials: CredentialsFacade,
    @Inject(DemoSeed.OPTIONS) private readonly options: { enabled: boolean },
  ) {}

  get enabled(): boolean {
    return this.options.enabled;
  }

  async run(): Promise<void> {
    if (!this.options.enabled) return;
    let created = 0;
    let instructorId: string | undefined;
    let adminId: string | undefined;
    for (const account of DEMO_ACCOUNTS) {
      const result = await this.identity.ensureUser({
        ...account,
        roles: [...account.roles],
        password: DEMO_PASSWORD,
      });
      if (result.created) created += 1;
      if ((account.roles as readonly Role[]).includes(Role.Instructor)) instructorId = result.id;
      if ((account.roles as readonly Role[]).includes(Role.Admin)) adminId = result.id;
    }
    this.logger.log(
      `Demo accounts ready (${DEMO_ACCOUNTS.length} accounts, ${created} created now)`,
    );
    const admin: Actor | null = adminId ? { id: adminId, email: '', roles: [Role.Admin] } : null;
    if (admin) await this.credentials.seedProviderSettings(admin, DEMO_PROVIDER);
    if (instructorId) {
      const { courseId, created: courseCreated } = await this.curriculum.seedCourse(
        DEMO_COURSE,
        instructorId,
        DEMO_CREDIT_TYPES,
        async (author, _courseId, modules) => {
          await this.assessment.seedQuizzes(author, modules, DEMO_QUESTION_BANK);
          await this.roleplay.seedRoleplays(author, modules, DEMO_ROLEPLAYS);
        },
      );
      if (admin && courseCreated)
        await this.credentials.seedCourseSettings(admin, courseId, {
          learningFormat: LearningFormat.EnduringMaterial,
          validityMonths: 24,
        });
    }
  }
}
