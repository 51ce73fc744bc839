import { HttpStatus } from '@nestjs/common';

/**
 * A rule of the domain was not met. Each domain subclasses it with its own string-enum of
 * codes and a code → status map; the global filter turns it into an ApiError.
 */
export abstract class DomainException<Code extends string = string> extends Error {
  abstract readonly status: HttpStatus;
  /** When set, the answer carries `Retry-After` with these seconds (429, 503). */
  retryAfterSeconds?: number;

  protected constructor(
    readonly code: Code,
    message: string,
    /** Extra fields merged into the error body, e.g. `missing` for eligibility. */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}
