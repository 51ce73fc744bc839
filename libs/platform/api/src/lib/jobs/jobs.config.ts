import { registerAs } from '@nestjs/config';
import { IsBoolean } from 'class-validator';
import { validateEnvironment } from '../config/validate-environment';
import { EnvBool } from '../validation/transforms';

/** Background jobs (listed in .env.example). */
class JobsEnvironment {
  @EnvBool()
  @IsBoolean({ message: 'JOBS_ENABLED must be true or false' })
  JOBS_ENABLED = true;
}

export interface JobsConfig {
  /**
   * Run pg-boss in this process: its workers, schedules and maintenance. When false nothing is
   * started and `Jobs.send` refuses (the API tests run this way unless a test turns it on).
   */
  enabled: boolean;
}

export function loadJobsConfig(env: Record<string, string | undefined> = process.env): JobsConfig {
  const e = validateEnvironment(JobsEnvironment, env);
  return { enabled: e.JOBS_ENABLED };
}

export const jobsConfig = registerAs('jobs', () => loadJobsConfig());
