import { Logger } from '@nestjs/common';
import { defineQueue } from './job-queue';
import { Jobs } from './jobs';
import { loadJobsConfig } from './jobs.config';
import { JobsErrorCode } from './jobs.exception';

beforeAll(() => {
  Logger.overrideLogger(false);
});

const queue = defineQueue<{ n: number }>('test.queue');

describe('defineQueue', () => {
  it('keeps the name and options', () => {
    expect(defineQueue('credentials.issue-certificates', { policy: 'stately' })).toEqual({
      name: 'credentials.issue-certificates',
      options: { policy: 'stately' },
    });
  });

  it.each(['', 'Upper', 'with space', 'a..b', '.leading', 'trailing-', 'x'.repeat(101)])(
    'refuses the name %p',
    (name) => {
      expect(() => defineQueue(name)).toThrow(/Invalid job queue name/);
    },
  );
});

describe('loadJobsConfig', () => {
  it('runs jobs by default', () => {
    expect(loadJobsConfig({})).toEqual({ enabled: true });
  });

  it.each([
    ['false', false],
    ['0', false],
    ['true', true],
  ])('reads JOBS_ENABLED=%s', (value, enabled) => {
    expect(loadJobsConfig({ JOBS_ENABLED: value }).enabled).toBe(enabled);
  });

  it('stops on a value that is not a boolean', () => {
    expect(() => loadJobsConfig({ JOBS_ENABLED: 'sometimes' })).toThrow(
      'Invalid configuration: JOBS_ENABLED must be true or false',
    );
  });
});

describe('Jobs without pg-boss', () => {
  it('records workers and schedules but starts nothing when disabled, and refuses to send', async () => {
    const jobs = new Jobs({ enabled: false }, 'postgres://nowhere.invalid/db');
    await jobs.work(queue, ({ n }) => Promise.resolve({ n }));
    await jobs.schedule(queue, '* * * * *', { n: 1 });
    await jobs.onApplicationBootstrap();
    expect(jobs.running).toBe(false);
    await expect(jobs.send(queue, { n: 1 })).rejects.toMatchObject({
      code: JobsErrorCode.JobsDisabled,
      status: 503,
    });
    await jobs.onModuleDestroy();
  });

  it('refuses to send before it was started', async () => {
    const jobs = new Jobs({ enabled: true }, 'postgres://nowhere.invalid/db');
    await expect(jobs.send(queue, { n: 1 })).rejects.toMatchObject({
      code: JobsErrorCode.JobsNotRunning,
    });
  });
});
