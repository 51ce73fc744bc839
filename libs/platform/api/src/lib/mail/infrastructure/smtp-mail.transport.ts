import { createTransport, type Transporter } from 'nodemailer';
import { redactSmtpUrl } from '../mail.config';
import { MailTransport, type OutgoingMail, toMessage } from '../mail-transport';

/** Removes the URL's password (raw and percent-encoded) from a message, whatever produced it. */
function withoutSecret(text: string, smtpUrl: string): string {
  let password = '';
  try {
    password = new URL(smtpUrl).password;
  } catch {
    return text;
  }
  if (!password) return text;
  let decoded = password;
  try {
    decoded = decodeURIComponent(password);
  } catch {
    // keep the raw form
  }
  return [password, decoded]
    .filter((s) => s.length >= 3)
    .reduce((out, secret) => out.split(secret).join('***'), text);
}

/** Sends through the SMTP server of SMTP_URL, one connection per mail (low volume). */
export class SmtpMailTransport extends MailTransport {
  readonly description: string;
  private readonly transporter: Transporter;

  constructor(private readonly smtpUrl: string) {
    super();
    this.description = `SMTP ${redactSmtpUrl(smtpUrl)}`;
    this.transporter = createTransport({
      url: smtpUrl,
      // Fail a dead server in seconds, not nodemailer's default minutes: a claimed mail waits.
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
      dnsTimeout: 10_000,
      logger: false,
    });
  }

  async deliver(mail: OutgoingMail): Promise<void> {
    try {
      await this.transporter.sendMail(toMessage(mail));
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      const message = error instanceof Error ? error.message : String(error);
      throw new Error(
        withoutSecret(`${typeof code === 'string' ? `${code}: ` : ''}${message}`, this.smtpUrl),
      );
    }
  }

  override close(): void {
    this.transporter.close();
  }
}
