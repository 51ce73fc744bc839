import { registerAs } from '@nestjs/config';
import { IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { join, resolve } from 'node:path';
import { ConfigurationError } from '../config/config-error';
import { validateEnvironment } from '../config/validate-environment';
import { EnvInt } from '../validation/transforms';

const DEFAULT_FROM = 'Threshold <no-reply@threshold.invalid>';

/** Outgoing mail (listed in .env.example). */
class MailEnvironment {
  @IsString()
  DATA_DIR = '.data';

  @IsOptional()
  @Matches(/^smtps?:\/\/\S+$/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  @IsOptional()
  @Matches(/^(?:[^<>]*<[^\s<>@]+@[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+)$/, {
    message: 'MAIL_FROM must be an address, e.g. "Threshold <no-reply@example.org>"',
  })
  MAIL_FROM?: string;

  @EnvInt()
  @IsInt({ message: 'MAIL_MAX_TRIES must be an integer from 1 to 20' })
  @Min(1, { message: 'MAIL_MAX_TRIES must be an integer from 1 to 20' })
  @Max(20, { message: 'MAIL_MAX_TRIES must be an integer from 1 to 20' })
  MAIL_MAX_TRIES = 8;

  @EnvInt()
  @IsInt({ message: 'MAIL_BATCH_SIZE must be an integer from 1 to 500' })
  @Min(1, { message: 'MAIL_BATCH_SIZE must be an integer from 1 to 500' })
  @Max(500, { message: 'MAIL_BATCH_SIZE must be an integer from 1 to 500' })
  MAIL_BATCH_SIZE = 20;
}

export interface MailConfig {
  /** SMTP server with credentials; unset means mails are written to `mailDir`. Never log it. */
  smtpUrl?: string;
  from: string;
  /** `$DATA_DIR/mail`: where mails go as .eml files when there is no SMTP server. */
  mailDir: string;
  /** Tries before a mail is marked failed. */
  maxTries: number;
  /** Outbox rows claimed at a time. */
  batchSize: number;
}

export function loadMailConfig(env: Record<string, string | undefined> = process.env): MailConfig {
  const e = validateEnvironment(MailEnvironment, env);
  if (e.SMTP_URL) {
    let url: URL;
    try {
      url = new URL(e.SMTP_URL);
    } catch {
      throw new ConfigurationError(
        'Invalid configuration: SMTP_URL must be an smtp:// or smtps:// URL',
      );
    }
    if (!url.hostname)
      throw new ConfigurationError('Invalid configuration: SMTP_URL must name a host');
    if (!e.MAIL_FROM)
      throw new ConfigurationError('Invalid configuration: MAIL_FROM must be set when SMTP_URL is');
  }
  return {
    smtpUrl: e.SMTP_URL,
    from: e.MAIL_FROM ?? DEFAULT_FROM,
    mailDir: join(resolve(e.DATA_DIR), 'mail'),
    maxTries: e.MAIL_MAX_TRIES,
    batchSize: e.MAIL_BATCH_SIZE,
  };
}

/** The SMTP URL without its password, for logs: smtp://user:***@host:587. */
export function redactSmtpUrl(smtpUrl: string): string {
  try {
    const url = new URL(smtpUrl);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return 'smtp://(unparsable URL)';
  }
}

export const mailConfig = registerAs('mail', () => loadMailConfig());
