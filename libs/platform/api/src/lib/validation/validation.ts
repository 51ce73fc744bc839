import { BadRequestException, ValidationPipe, type ValidationError } from '@nestjs/common';
import { ErrorCode } from '@lms/shared/contracts';

function flatten(errors: ValidationError[], parent = ''): string[] {
  return errors.flatMap((error) => {
    const path = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) =>
      // class-validator names the leaf property; prefix nested ones with their path.
      parent && message.startsWith(error.property) ? `${parent}.${message}` : message,
    );
    return [...own, ...flatten(error.children ?? [], path)];
  });
}

/** The global pipe: whitelist, reject unknown fields, transform; 400 lists each field's message. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) =>
      new BadRequestException({
        statusCode: 400,
        error: 'Bad Request',
        code: ErrorCode.ValidationFailed,
        message: flatten(errors),
      }),
  });
}

/**
 * Validates a body that did not go through the global pipe (e.g. multipart fields) with the
 * same rules and the same 400.
 */
export async function validateBody<T extends object>(
  metatype: new () => T,
  value: unknown,
): Promise<T> {
  return (await createValidationPipe().transform(value ?? {}, {
    type: 'body',
    metatype,
  })) as T;
}
