import { loadMailConfig, redactSmtpUrl } from './mail.config';
import { retryDelaySeconds } from './outbox-mail-sender';

describe('loadMailConfig', () => {
  it('writes .eml files under DATA_DIR when no SMTP server is set', () => {
    const config = loadMailConfig({ DATA_DIR: '/srv/threshold' });
    expect(config).toEqual({
      smtpUrl: undefined,
      from: 'Threshold <no-reply@threshold.invalid>',
      mailDir: '/srv/threshold/mail',
      maxTries: 8,
      batchSize: 20,
    });
  });

  it('takes an SMTP URL with a sender address', () => {
    const config = loadMailConfig({
      SMTP_URL: 'smtps://mailer:secret@smtp.example.org:465',
      MAIL_FROM: 'Threshold <no-reply@example.org>',
      MAIL_MAX_TRIES: '3',
      MAIL_BATCH_SIZE: '50',
    });
    expect(config).toMatchObject({
      smtpUrl: 'smtps://mailer:secret@smtp.example.org:465',
      from: 'Threshold <no-reply@example.org>',
      maxTries: 3,
      batchSize: 50,
    });
  });

  it.each([
    [{ SMTP_URL: 'http://smtp.example.org' }, 'SMTP_URL must be an smtp:// or smtps:// URL'],
    [{ SMTP_URL: 'smtp://smtp.example.org:587' }, 'MAIL_FROM must be set when SMTP_URL is'],
    [{ MAIL_FROM: 'nobody' }, 'MAIL_FROM must be an address'],
    [{ MAIL_MAX_TRIES: '0' }, 'MAIL_MAX_TRIES must be an integer from 1 to 20'],
    [{ MAIL_BATCH_SIZE: 'lots' }, 'MAIL_BATCH_SIZE must be an integer from 1 to 500'],
  ])('stops with one line naming the variable for %p', (env, message) => {
    expect(() => loadMailConfig(env)).toThrow(message);
  });

  it('accepts a bare address as MAIL_FROM', () => {
    expect(loadMailConfig({ MAIL_FROM: 'no-reply@example.org' }).from).toBe('no-reply@example.org');
  });
});

describe('redactSmtpUrl', () => {
  it('hides the password and keeps the rest', () => {
    expect(redactSmtpUrl('smtp://mailer:s3cr%40t@smtp.example.org:587')).toBe(
      'smtp://mailer:***@smtp.example.org:587',
    );
    expect(redactSmtpUrl('smtp://smtp.example.org:25')).toBe('smtp://smtp.example.org:25');
  });
});

describe('retryDelaySeconds', () => {
  it.each([
    [1, 60],
    [2, 180],
    [3, 540],
    [4, 1620],
    [5, 4860],
    [6, 14580],
    [7, 21600],
    [20, 21600],
  ])('waits after failed try %i: %i s', (tries, seconds) => {
    expect(retryDelaySeconds(tries)).toBe(seconds);
  });
});
