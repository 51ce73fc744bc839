/** One mail from the outbox, ready to hand to a transport. */
export interface OutgoingMail {
  /** The outbox row's id; also the Message-ID, so a receiver can spot a repeated delivery. */
  id: string;
  from: string;
  to: string;
  subject: string;
  /** Plain text. */
  text: string;
}

/**
 * Where mail goes (the port; adapters in `infrastructure/`). `deliver` resolves when the mail
 * was accepted, and rejects with an error whose message is safe to store and log (no secrets).
 */
export abstract class MailTransport {
  /** For logs, without secrets: "SMTP smtp://user:***@host:587" or "files in /data/mail". */
  abstract readonly description: string;

  abstract deliver(mail: OutgoingMail): Promise<void>;

  close(): void {
    // Nothing to release by default.
  }
}

/** The nodemailer message for an outbox mail (the same in every transport). */
export function toMessage(mail: OutgoingMail): {
  from: string;
  to: string;
  subject: string;
  text: string;
  messageId: string;
  headers: Record<string, string>;
} {
  const domain = /@([^\s<>@]+)>?\s*$/.exec(mail.from)?.[1] ?? 'threshold.invalid';
  return {
    from: mail.from,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    messageId: `<${mail.id}@${domain}>`,
    headers: { 'X-Threshold-Outbox-Id': mail.id },
  };
}
