// Stops the run's embedded PostgreSQL (its data directory is temporary and removed).
export default async function globalTeardown() {
  const pg = globalThis.__LMS_TEST_PG__;
  if (pg) await pg.stop();
}
