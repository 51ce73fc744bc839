import { type DynamicModule, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { jobsConfig } from './jobs.config';
import { Jobs, JOBS_DATABASE_URL } from './jobs';

export interface JobsModuleOptions {
  /** The application's database URL (the one TypeORM uses). */
  databaseUrl: string;
}

/** Provides `Jobs` (pg-boss) to every module; import once, in the composition root. */
@Module({})
export class JobsModule {
  static forRoot(options: JobsModuleOptions): DynamicModule {
    return {
      module: JobsModule,
      global: true,
      imports: [ConfigModule.forFeature(jobsConfig)],
      providers: [{ provide: JOBS_DATABASE_URL, useValue: options.databaseUrl }, Jobs],
      exports: [Jobs],
    };
  }
}
