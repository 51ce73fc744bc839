import { registerDecorator, ValidateIf, type ValidationOptions } from 'class-validator';

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/** A real calendar date/time in ISO 8601 (2024-02-30 and year 0 are not), as PostgreSQL reads it. */
export function isIsoDate(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const m = ISO.exec(value);
  if (!m) return false;
  const [year, month, day, hour, minute, second] = m
    .slice(1, 7)
    .map((part: string | undefined) => Number(part ?? 0));
  if (year < 1 || month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** class-validator: an ISO 8601 date or date-time that exists (stricter than @IsDateString). */
export function IsIsoDate(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: 'isIsoDate',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: '$property must be an ISO 8601 date such as 2026-01-31', ...options },
      validator: { validate: isIsoDate },
    });
  };
}

/**
 * Like @IsOptional, but only an absent field is skipped: `null` is validated (and refused by
 * the field's own rules) instead of reaching a NOT NULL column.
 */
export function IsOptionalNonNull(): PropertyDecorator {
  return ValidateIf((_object: object, value: unknown) => value !== undefined);
}
