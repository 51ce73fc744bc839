import { Logger, Module, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { ConfigModule, type ConfigType } from '@nestjs/config';
import { EmlFileMailTransport } from './infrastructure/eml-file-mail.transport';
import { SmtpMailTransport } from './infrastructure/smtp-mail.transport';
import { mailConfig } from './mail.config';
import { MailTransport } from './mail-transport';
import { OutboxMailJob } from './outbox-mail.job';
import { OutboxMailSender } from './outbox-mail-sender';

/**
 * Sends the email outbox: SMTP when SMTP_URL is set, otherwise .eml files in $DATA_DIR/mail.
 * Needs `JobsModule` (the job) and TypeORM (the outbox table).
 */
@Module({
  imports: [ConfigModule.forFeature(mailConfig)],
  providers: [
    {
      provide: MailTransport,
      inject: [mailConfig.KEY],
      useFactory: (config: ConfigType<typeof mailConfig>): MailTransport =>
        config.smtpUrl
          ? new SmtpMailTransport(config.smtpUrl)
          : new EmlFileMailTransport(config.mailDir),
    },
    OutboxMailSender,
    OutboxMailJob,
  ],
  exports: [OutboxMailSender, MailTransport],
})
export class MailModule implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('Mail');

  constructor(private readonly transport: MailTransport) {}

  onModuleInit(): void {
    this.logger.log(`Outgoing mail: ${this.transport.description}`);
  }

  /** After the jobs stopped (onModuleDestroy), so no mail is cut off mid-send. */
  onApplicationShutdown(): void {
    this.transport.close();
  }
}
