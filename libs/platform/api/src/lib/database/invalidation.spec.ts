import { InvalidatedCache } from './invalidation';

describe('InvalidatedCache', () => {
  let live = true;
  const options = { maxEntries: 3, ttlMs: 60_000 };
  const counting = () => {
    let calls = 0;
    return {
      load: (value: string) => () => {
        calls += 1;
        return Promise.resolve(value);
      },
      calls: () => calls,
    };
  };

  beforeEach(() => {
    live = true;
  });

  it('loads once and answers from memory until the key is invalidated', async () => {
    const cache = new InvalidatedCache<string>('t', options, () => live);
    const c = counting();
    expect(await cache.get('a', c.load('1'))).toBe('1');
    expect(await cache.get('a', c.load('2'))).toBe('1');
    expect(c.calls()).toBe(1);
    cache.invalidate('a');
    expect(await cache.get('a', c.load('3'))).toBe('3');
    cache.invalidate('*');
    expect(cache.size).toBe(0);
  });

  it('does not store a value read while an invalidation arrived', async () => {
    const cache = new InvalidatedCache<string>('t', options, () => live);
    let release: (value: string) => void = () => undefined;
    const pending = cache.get('a', () => new Promise<string>((resolve) => (release = resolve)));
    // The row changes (and is notified) while the old value is on its way.
    cache.invalidate('a');
    release('old');
    expect(await pending).toBe('old');
    expect(await cache.get('a', () => Promise.resolve('new'))).toBe('new');
  });

  it('caches nothing while not listening', async () => {
    const cache = new InvalidatedCache<string>('t', options, () => live);
    live = false;
    const c = counting();
    await cache.get('a', c.load('1'));
    await cache.get('a', c.load('1'));
    expect(c.calls()).toBe(2);
    expect(cache.size).toBe(0);
  });

  it('does not cache a missing row, keeps at most maxEntries and reads again after the ttl', async () => {
    const cache = new InvalidatedCache<string | null>('t', { maxEntries: 2, ttlMs: 0 }, () => live);
    const c = counting();
    await cache.get('gone', () => Promise.resolve(null));
    expect(cache.size).toBe(0);
    await cache.get('a', c.load('1'));
    await cache.get('b', c.load('1'));
    await cache.get('c', c.load('1'));
    expect(cache.size).toBe(2);
    await cache.get('c', c.load('1'));
    expect(c.calls()).toBe(4);
  });

  it("drops a whole group (a user) and refuses only that group's reads in flight", async () => {
    const cache = new InvalidatedCache<string>(
      't',
      { ...options, maxEntries: 10, groupOf: (key) => key.split(':')[0] ?? key },
      () => live,
    );
    await cache.get('u1:a', () => Promise.resolve('1a'));
    await cache.get('u1:b', () => Promise.resolve('1b'));
    await cache.get('u2:a', () => Promise.resolve('2a'));
    let releaseU1: (value: string) => void = () => undefined;
    let releaseU2: (value: string) => void = () => undefined;
    const u1 = cache.get('u1:c', () => new Promise<string>((resolve) => (releaseU1 = resolve)));
    const u2 = cache.get('u2:c', () => new Promise<string>((resolve) => (releaseU2 = resolve)));
    cache.invalidate('u1');
    releaseU1('old');
    releaseU2('fresh');
    await Promise.all([u1, u2]);
    expect(cache.size).toBe(2);
    expect(await cache.get('u2:a', () => Promise.resolve('reloaded'))).toBe('2a');
    expect(await cache.get('u2:c', () => Promise.resolve('reloaded'))).toBe('fresh');
    expect(await cache.get('u1:a', () => Promise.resolve('reloaded'))).toBe('reloaded');
  });
});
