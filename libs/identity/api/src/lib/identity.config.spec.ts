import { ConfigurationError } from '@lms/platform/api';
import { sign, verify } from 'jsonwebtoken';
import { jwtKey, loadIdentityConfig } from './identity.config';

describe('loadIdentityConfig', () => {
  it('makes one random secret per process in development', () => {
    const a = loadIdentityConfig({});
    const b = loadIdentityConfig({});
    expect(a.jwtSecretGenerated).toBe(true);
    expect(a.jwtSecret).toBe(b.jwtSecret);
    expect(a.jwtSecret.length).toBeGreaterThanOrEqual(32);
    expect(a.cookieSecure).toBe(false);
  });

  it('refuses to start in production without a real secret', () => {
    expect(() => loadIdentityConfig({ NODE_ENV: 'production' })).toThrow(ConfigurationError);
    expect(() =>
      loadIdentityConfig({
        NODE_ENV: 'production',
        JWT_ACCESS_SECRET: 'change-me-to-a-long-random-string-of-at-least-32-characters',
      }),
    ).toThrow(/JWT_ACCESS_SECRET must be set to a real secret/);
    expect(() =>
      loadIdentityConfig({ NODE_ENV: 'production', JWT_ACCESS_SECRET: 'short' }),
    ).toThrow(/JWT_ACCESS_SECRET must be at least 32 characters long/);
  });

  it('accepts a real secret in production and makes cookies Secure', () => {
    const config = loadIdentityConfig({
      NODE_ENV: 'production',
      JWT_ACCESS_SECRET: 'x'.repeat(40) + 'unique-secret',
    });
    expect(config.jwtSecretGenerated).toBe(false);
    expect(config.cookieSecure).toBe(true);
  });

  it('throttles sign-in per address and per account, with a growing wait after 5 failures', () => {
    expect(loadIdentityConfig({})).toMatchObject({
      throttleLimit: 10,
      throttleTtlSeconds: 60,
      accountThrottleLimit: 10,
      lockoutThreshold: 5,
      lockoutBaseSeconds: 30,
      lockoutMaxSeconds: 900,
    });
    // The cap is never below the first wait.
    expect(
      loadIdentityConfig({ AUTH_LOCKOUT_BASE_SECONDS: '60', AUTH_LOCKOUT_MAX_SECONDS: '10' })
        .lockoutMaxSeconds,
    ).toBe(60);
    expect(() => loadIdentityConfig({ AUTH_LOCKOUT_THRESHOLD: '0' })).toThrow(
      'AUTH_LOCKOUT_THRESHOLD must be a positive integer',
    );
  });

  it('names a malformed number', () => {
    expect(() => loadIdentityConfig({ JWT_ACCESS_TTL_SECONDS: '10' })).toThrow(
      'Invalid configuration: JWT_ACCESS_TTL_SECONDS must be an integer from 60 to 3600',
    );
  });
});

describe('jwtKey', () => {
  it('is the secret as one HMAC key object, made once per secret', () => {
    const secret = 's'.repeat(40);
    const key = jwtKey({ jwtSecret: secret });
    expect(key.type).toBe('secret');
    expect(key.export().toString('utf8')).toBe(secret);
    expect(jwtKey({ jwtSecret: secret })).toBe(key);
    expect(jwtKey({ jwtSecret: 't'.repeat(40) })).not.toBe(key);
  });

  it('verifies what the string secret signed, and nothing else', () => {
    const secret = 'k'.repeat(40);
    const token = sign({ uid: 'u1' }, secret, { algorithm: 'HS256' });
    const claims = verify(token, jwtKey({ jwtSecret: secret }), { algorithms: ['HS256'] });
    expect(claims).toEqual(expect.objectContaining({ uid: 'u1' }));
    expect(() =>
      verify(token, jwtKey({ jwtSecret: 'x'.repeat(40) }), { algorithms: ['HS256'] }),
    ).toThrow(/invalid signature/);
  });
});
