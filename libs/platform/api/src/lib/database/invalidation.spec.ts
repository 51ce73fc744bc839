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
});
