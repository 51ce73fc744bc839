import { Logger } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MailTransport, type OutgoingMail, toMessage } from '../mail-transport';

/** 2026-11-27T07:46:35.123Z → 20261127T074635123Z (sorts by time, safe in file names). */
export function fileStamp(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, '');
}

/**
 * Without an SMTP server (development, demos) each mail becomes an RFC 822 file,
 * `$DATA_DIR/mail/<time>-<outbox id>.eml`, which any mail client or a text editor opens.
 */
export class EmlFileMailTransport extends MailTransport {
  readonly description: string;
  private readonly logger = new Logger('Mail');
  private readonly transporter: Transporter;

  constructor(private readonly directory: string) {
    super();
    this.description = `.eml files in ${directory}`;
    this.transporter = createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  }

  async deliver(mail: OutgoingMail): Promise<void> {
    const info = (await this.transporter.sendMail(toMessage(mail))) as { message?: unknown };
    if (!Buffer.isBuffer(info.message)) throw new Error('nodemailer returned no message buffer');
    await mkdir(this.directory, { recursive: true, mode: 0o700 });
    const path = join(this.directory, `${fileStamp(new Date())}-${mail.id}.eml`);
    // Write aside, then rename: a reader never sees half a mail.
    await writeFile(`${path}.part`, info.message, { mode: 0o600 });
    await rename(`${path}.part`, path);
    this.logger.log(`Mail ${mail.id} written to ${path}`);
  }
}
