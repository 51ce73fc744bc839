import { plainToInstance } from 'class-transformer';
import { type ValidationError, validateSync } from 'class-validator';
import { ConfigurationError } from './config-error';

function firstMessage(error: ValidationError): string {
  const constraint = Object.values(error.constraints ?? {})[0] as string | undefined;
  if (constraint) return constraint;
  const child = error.children?.[0];
  return child ? firstMessage(child) : `${error.property} is invalid`;
}

/**
 * Validates raw environment variables against a class-validator schema.
 * Empty strings count as unset, so `PORT=` falls back to the default.
 */
export function validateEnvironment<T extends object>(
  schema: new () => T,
  raw: Record<string, string | undefined>,
): T {
  const present = Object.fromEntries(
    Object.entries(raw).filter(([, value]) => value !== undefined && value !== ''),
  );
  const instance = plainToInstance(schema, present, { enableImplicitConversion: false });
  const errors = validateSync(instance, { whitelist: false, forbidUnknownValues: false });
  if (errors.length > 0) {
    throw new ConfigurationError(`Invalid configuration: ${firstMessage(errors[0])}`);
  }
  return instance;
}
