import { Logger } from '@nestjs/common';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmlFileMailTransport, fileStamp } from './eml-file-mail.transport';
import { SmtpMailTransport } from './smtp-mail.transport';

beforeAll(() => {
  Logger.overrideLogger(false);
});

const mail = {
  id: '0d52a26b-e5cc-4fea-9a3f-0ea938487a8c',
  from: 'Threshold <no-reply@example.org>',
  to: 'learner@example.org',
  subject: 'Your role-play was graded',
  text: 'You passed.\n',
};

async function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => {
        resolve(port);
      });
    });
  });
}

describe('EmlFileMailTransport', () => {
  it('writes one private RFC 822 file per mail, named by time and outbox id', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'lms-eml-')), 'mail');
    const transport = new EmlFileMailTransport(dir);
    expect(transport.description).toBe(`.eml files in ${dir}`);

    await transport.deliver(mail);

    const [name, ...rest] = readdirSync(dir);
    expect(rest).toEqual([]);
    expect(name).toMatch(new RegExp(`^\\d{8}T\\d{9}Z-${mail.id}\\.eml$`));
    expect(statSync(join(dir, name)).mode & 0o777).toBe(0o600);
    const text = readFileSync(join(dir, name), 'utf8');
    expect(text).toContain('From: Threshold <no-reply@example.org>\r\n');
    expect(text).toContain('To: learner@example.org\r\n');
    expect(text).toContain('Subject: Your role-play was graded\r\n');
    expect(text).toContain(`Message-ID: <${mail.id}@example.org>\r\n`);
    expect(text).toContain('\r\n\r\nYou passed.\r\n');
  });

  it('stamps file names so they sort by time', () => {
    expect(fileStamp(new Date('2026-11-27T07:46:35.123Z'))).toBe('20261127T074635123Z');
  });
});

describe('SmtpMailTransport', () => {
  it('fails fast on a dead server, and says so without the password', async () => {
    const port = await closedPort();
    const transport = new SmtpMailTransport(`smtp://mailer:Secret-Pa55@127.0.0.1:${port}`);
    expect(transport.description).toBe(`SMTP smtp://mailer:***@127.0.0.1:${port}`);

    const error = await transport.deliver(mail).then(
      () => undefined,
      (e: unknown) => e as Error,
    );

    expect(error?.message).toMatch(/ECONNREFUSED/);
    expect(error?.message).not.toContain('Secret-Pa55');
    transport.close();
  });
});
