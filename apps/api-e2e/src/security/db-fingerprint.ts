import type { DataSource } from 'typeorm';

/** The schemas the API writes its data to (the audit trail is checked too: see below). */
export const APP_SCHEMAS = [
  'identity',
  'curriculum',
  'assessment',
  'roleplay',
  'credentials',
  'platform',
  'audit',
];

/**
 * Bookkeeping that a refused request may legitimately write: the sign-in/registration
 * throttle counts attempts, refused ones included (that is its job).
 */
export const BOOKKEEPING_TABLES = ['identity.auth_throttle'];

export type Fingerprint = Record<string, string>;

/**
 * A cheap fingerprint of every table of the app schemas, in one query: per table, the row
 * count and an md5 over the *row versions* — each live row's physical position and the
 * transaction that wrote it (`ctid`, `xmin`). An INSERT adds a version, an UPDATE (even one
 * that writes the same values) replaces one with a new ctid and xmin, a DELETE removes one;
 * a rolled-back write or a row lock changes nothing. So two equal fingerprints mean no row
 * was written in between, and the row contents (large texts, password hashes) are never
 * read, which keeps it fast as the fuzzer fills the tables. The audit trail is included: a
 * refused request must not leave an event either (nothing in the API audits reads or
 * refusals today).
 */
export class DbFingerprint {
  private sql = '';
  private tables: string[] = [];

  constructor(private readonly dataSource: DataSource) {}

  async init(): Promise<this> {
    const rows = await this.dataSource.query<{ name: string }[]>(
      `SELECT format('%I.%I', table_schema, table_name) AS name
         FROM information_schema.tables
        WHERE table_type = 'BASE TABLE' AND table_schema = ANY($1)
        ORDER BY 1`,
      [APP_SCHEMAS],
    );
    this.tables = rows.map((r) => r.name).filter((name) => !BOOKKEEPING_TABLES.includes(name));
    this.sql = `SELECT ${this.tables
      .map(
        (table, i) =>
          `(SELECT count(*) || ':' || coalesce(md5(string_agg(t.ctid::text || t.xmin::text, ',' ORDER BY t.ctid)), '') FROM ${table} t) AS t${i}`,
      )
      .join(', ')}`;
    return this;
  }

  async take(): Promise<Fingerprint> {
    const rows = await this.dataSource.query<Record<string, string | undefined>[]>(this.sql);
    const row = rows.at(0);
    return Object.fromEntries(this.tables.map((table, i) => [table, row?.[`t${i}`] ?? '']));
  }

  /** The id PostgreSQL will give the next transaction that writes. */
  async nextTransactionId(): Promise<string> {
    const rows = await this.dataSource.query<{ xmax: string }[]>(
      'SELECT txid_snapshot_xmax(txid_current_snapshot())::text AS xmax',
    );
    return rows.at(0)?.xmax ?? '';
  }

  /** The tables whose rows differ between two fingerprints. */
  static changed(before: Fingerprint, after: Fingerprint): string[] {
    return Object.keys({ ...before, ...after }).filter((table) => before[table] !== after[table]);
  }
}

/**
 * Watches for writes between calls, cheaply: PostgreSQL assigns a transaction id only to a
 * transaction that writes (or locks rows), so while the next id to assign has not moved,
 * nothing was written and no checksum is needed. When it moved (a write, a rolled-back write,
 * a row lock, or another test database on the same server), the tables are compared.
 */
export class WriteWatch {
  private xmax = '';
  private full: Fingerprint = {};

  constructor(private readonly fingerprint: DbFingerprint) {}

  /** Accepts the current state as the new baseline. */
  async reset(): Promise<void> {
    this.xmax = await this.fingerprint.nextTransactionId();
    this.full = await this.fingerprint.take();
  }

  /** The tables whose rows changed since the baseline. */
  async changed(): Promise<string[]> {
    const xmax = await this.fingerprint.nextTransactionId();
    if (xmax === this.xmax) return [];
    const changed = DbFingerprint.changed(this.full, await this.fingerprint.take());
    if (changed.length === 0) this.xmax = xmax;
    return changed;
  }
}
