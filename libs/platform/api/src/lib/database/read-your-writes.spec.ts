import { readYourWrites } from './read-your-writes';

describe('readYourWrites (onSend hook)', () => {
  const dropped: string[] = [];
  const hook = readYourWrites({ wroteAs: (id) => void dropped.push(id) });
  const send = (method: string, user?: { id: string }) =>
    new Promise((resolve) => {
      hook({ method, user }, {}, 'body', (_error, payload) => {
        resolve(payload);
      });
    });

  beforeEach(() => {
    dropped.length = 0;
  });

  it("drops the writer's per-user cache entries when a write is answered, success or error", async () => {
    expect(await send('POST', { id: 'u1' })).toBe('body');
    await send('PUT', { id: 'u2' });
    await send('DELETE', { id: 'u3' });
    expect(dropped).toEqual(['u1', 'u2', 'u3']);
  });

  it('leaves caches alone for reads and for anonymous requests', async () => {
    await send('GET', { id: 'u1' });
    await send('HEAD', { id: 'u1' });
    await send('POST');
    expect(dropped).toEqual([]);
  });
});
