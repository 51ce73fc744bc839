import { Inject, Injectable, Logger } from '@nestjs/common';
import { IdentityFacade } from '@lms/identity/api';
import { Profession, Role } from '@lms/shared/contracts';

export const DEMO_PASSWORD = 'Demo-Passw0rd!';

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
    @Inject(DemoSeed.OPTIONS) private readonly options: { enabled: boolean },
  ) {}

  get enabled(): boolean {
    return this.options.enabled;
  }

  async run(): Promise<void> {
    if (!this.options.enabled) return;
    let created = 0;
    for (const account of DEMO_ACCOUNTS) {
      const result = await this.identity.ensureUser({
        ...account,
        roles: [...account.roles],
        password: DEMO_PASSWORD,
      });
      if (result.created) created += 1;
    }
    this.logger.log(
      `Demo accounts ready (${DEMO_ACCOUNTS.length} accounts, ${created} created now)`,
    );
  }
}
