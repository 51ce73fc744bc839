import { ConfigurationError } from './config-error';
import { loadPlatformConfig } from './environment.config';

describe('loadPlatformConfig', () => {
  it('applies the documented defaults', () => {
    const config = loadPlatformConfig({});
    expect(config).toMatchObject({
      port: 3000,
      nodeEnv: 'development',
      seedDemo: true,
      logLevel: 'info',
      trustProxy: false,
    });
    expect(config.dataDir).toMatch(/\.data$/);
    expect(config.databaseUrl).toBeUndefined();
  });

  it('does not seed an external database unless asked', () => {
    expect(loadPlatformConfig({ DATABASE_URL: 'postgres://u:p@db:5432/x' }).seedDemo).toBe(false);
    expect(
      loadPlatformConfig({ DATABASE_URL: 'postgres://u:p@db:5432/x', SEED_DEMO: 'true' }).seedDemo,
    ).toBe(true);
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT must be an integer between 0 and 65535'],
    [{ PORT: '70000' }, 'PORT must be an integer between 0 and 65535'],
    [
      { DATABASE_URL: 'mysql://x' },
      'DATABASE_URL must be a postgres:// or postgresql:// connection URL',
    ],
    [{ SEED_DEMO: 'maybe' }, 'SEED_DEMO must be true or false'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL must be one of'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV must be one of'],
  ])('stops with one line naming the variable for %p', (env, message) => {
    let error: unknown;
    try {
      loadPlatformConfig(env);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    const text = (error as Error).message;
    expect(text).toContain(message);
    expect(text.startsWith('Invalid configuration: ')).toBe(true);
    expect(text).not.toContain('\n');
  });

  it('sends HSTS in production and behind a proxy, unless told otherwise', () => {
    expect(loadPlatformConfig({}).hsts).toBe(false);
    expect(loadPlatformConfig({ NODE_ENV: 'test' }).hsts).toBe(false);
    expect(loadPlatformConfig({ NODE_ENV: 'production' }).hsts).toBe(true);
    expect(loadPlatformConfig({ TRUST_PROXY: 'true' }).hsts).toBe(true);
    expect(loadPlatformConfig({ NODE_ENV: 'production', HSTS: 'false' }).hsts).toBe(false);
  });

  it('bounds how long a request waits for the database', () => {
    expect(loadPlatformConfig({}).databasePool).toEqual({
      max: 20,
      connectTimeoutMs: 2000,
      statementTimeoutMs: 30_000,
    });
    expect(() => loadPlatformConfig({ DB_CONNECT_TIMEOUT_MS: '0' })).toThrow(
      'DB_CONNECT_TIMEOUT_MS must be an integer from 100 to 60000',
    );
  });

  it('runs one HTTP process unless API_WORKERS asks for more (1 to 32)', () => {
    expect(loadPlatformConfig({}).workers).toBe(1);
    expect(loadPlatformConfig({ API_WORKERS: '2' }).workers).toBe(2);
    for (const bad of ['0', '33', 'two'])
      expect(() => loadPlatformConfig({ API_WORKERS: bad })).toThrow(
        'API_WORKERS must be an integer from 1 to 32',
      );
  });

  it('treats an empty value as unset', () => {
    expect(loadPlatformConfig({ PORT: '' }).port).toBe(3000);
  });
});
