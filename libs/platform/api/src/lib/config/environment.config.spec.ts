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

  it('treats an empty value as unset', () => {
    expect(loadPlatformConfig({ PORT: '' }).port).toBe(3000);
  });
});
