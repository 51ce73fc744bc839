// Jest setupFiles for API tests: quiet logs, fast hashing, generous auth throttling
// (one test file lowers it to check the 429), deterministic time zone.
process.env['TZ'] = 'UTC';
process.env['NODE_ENV'] = 'test';
process.env['LOG_LEVEL'] ??= 'silent';
process.env['AUTH_THROTTLE_LIMIT'] ??= '10000';
process.env['AUTH_ACCOUNT_THROTTLE_LIMIT'] ??= '10000';
process.env['AUTH_LOCKOUT_THRESHOLD'] ??= '1000';
process.env['ARGON2_MEMORY_KIB'] ??= '8192';
process.env['JWT_ACCESS_SECRET'] ??= 'test-secret-that-is-long-enough-for-hs256-signing';
// No pg-boss unless a test file turns it on (apps/api-e2e/src/mail): it costs start-up time.
process.env['JOBS_ENABLED'] ??= 'false';
