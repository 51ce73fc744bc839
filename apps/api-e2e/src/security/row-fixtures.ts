import type { RouteRule } from './authz-matrix.table';
import { FACTORIES, type FactoryName, type Ids, type WorldWithCourse } from './world';

/**
 * The ids one table row needs: `world.*` from the shared world, the others from fresh
 * fixtures, built on first use and rebuilt (on the next prepare) once a call consumed them.
 */
export class RowFixtures {
  private readonly built = new Map<FactoryName, Ids>();

  constructor(
    private readonly row: RouteRule,
    private readonly w: WorldWithCourse,
  ) {}

  /** The references the row names (params, query, and what its body asks for). */
  refs(): string[] {
    const refs: string[] = [
      ...Object.values(this.row.params ?? {}),
      ...Object.values(this.row.query ?? {}).flatMap((v) =>
        [...v.matchAll(/\{([\w.]+)\}/g)].map((m) => m.at(1) ?? ''),
      ),
    ];
    // A dry run of the body collects the references it asks for ('{}' parses as JSON too).
    this.row.body?.((ref) => {
      refs.push(ref);
      return '{}';
    });
    return refs;
  }

  /** Whether the row uses a fresh fixture (so a success consumed something of its own). */
  usesFactories(): boolean {
    return this.refs().some((ref) => !ref.startsWith('world.'));
  }

  async prepare(): Promise<void> {
    for (const ref of this.refs()) {
      const [fixture = ''] = ref.split('.');
      if (fixture === 'world' || this.built.has(fixture as FactoryName)) continue;
      if (!(fixture in FACTORIES)) throw new Error(`${this.row.route}: unknown fixture ${ref}`);
      this.built.set(fixture as FactoryName, await FACTORIES[fixture as FactoryName](this.w));
    }
  }

  consumed(): void {
    this.built.clear();
  }

  id = (ref: string): string => {
    const [fixture = '', key = ''] = ref.split('.');
    const ids = fixture === 'world' ? this.w.ids : this.built.get(fixture as FactoryName);
    const value = ids?.[key];
    if (value === undefined) throw new Error(`${this.row.route}: no id for ${ref}`);
    return value;
  };

  /** The value of each path param. */
  params(): Record<string, string> {
    return Object.fromEntries(
      [...this.row.path.matchAll(/:(\w+)/g)].map((m) => {
        const name = m.at(1) ?? '';
        return [name, this.id(this.row.params?.[name] ?? `missing param ${name}`)];
      }),
    );
  }

  /** The path with params filled in (one may be replaced by an already encoded value). */
  path(override?: { name: string; raw: string }): string {
    const params = this.params();
    return this.row.path.replace(/:(\w+)/g, (_, name: string) =>
      override?.name === name ? override.raw : encodeURIComponent(params[name] ?? ''),
    );
  }

  /** The row's own query string (without `?`). */
  query(): string {
    return Object.entries(this.row.query ?? {})
      .map(
        ([k, v]) =>
          `${k}=${encodeURIComponent(v.replace(/\{([\w.]+)\}/g, (_, ref: string) => this.id(ref)))}`,
      )
      .join('&');
  }

  url(): string {
    const query = this.query();
    return query ? `${this.path()}?${query}` : this.path();
  }
}
