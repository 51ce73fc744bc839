import { HttpStatus } from '@nestjs/common';
import { DomainException } from '../errors/domain.exception';

export enum JobsErrorCode {
  JobsDisabled = 'JOBS_DISABLED',
  JobsNotRunning = 'JOBS_NOT_RUNNING',
}

const STATUS: Record<JobsErrorCode, HttpStatus> = {
  [JobsErrorCode.JobsDisabled]: HttpStatus.SERVICE_UNAVAILABLE,
  [JobsErrorCode.JobsNotRunning]: HttpStatus.SERVICE_UNAVAILABLE,
};

const MESSAGES: Record<JobsErrorCode, string> = {
  [JobsErrorCode.JobsDisabled]: 'Background jobs are disabled on this server (JOBS_ENABLED=false)',
  [JobsErrorCode.JobsNotRunning]: 'Background jobs are not running (starting up or shutting down)',
};

export class JobsException extends DomainException<JobsErrorCode> {
  readonly status: HttpStatus;

  constructor(code: JobsErrorCode) {
    super(code, MESSAGES[code]);
    this.status = STATUS[code];
  }
}
