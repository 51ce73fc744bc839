import type { HttpTestingController } from '@angular/common/http/testing';
import { auditEvent } from '../testing/credentials-fixtures';
import { request, tick } from '../testing/page-harness';
import { setUpStore } from '../testing/store-harness';
import { AuditTrailStore, auditQueryOf } from './audit-trail.store';

describe('AuditTrailStore', () => {
  let store: AuditTrailStore;
  let backend: HttpTestingController;

  beforeEach(() => {
    ({ store, backend } = setUpStore(AuditTrailStore));
  });

  afterEach(() => {
    backend.verify();
  });

  it('reads whole UTC days: since from the start of the first, until to the end of the last', () => {
    expect(
      auditQueryOf(
        { type: null, since: '2026-02-01', until: '2026-02-03', subjectId: ' u1 ', actorId: '' },
        25,
        0,
      ),
    ).toEqual({
      type: undefined,
      since: '2026-02-01T00:00:00.000Z',
      until: '2026-02-04T00:00:00.000Z',
      subjectId: 'u1',
      actorId: undefined,
      limit: 25,
      offset: 0,
    });
    expect(
      auditQueryOf({ type: null, since: 'not a day', until: '', subjectId: '', actorId: '' }, 25, 0)
        .since,
    ).toBeUndefined();
  });

  it('loads the newest events, then filters from the first page', async () => {
    store.load();
    (await request('GET', '/api/audit-events', { limit: '25', offset: '0' })).flush({
      items: [auditEvent()],
      total: 60,
    });
    await tick();
    expect(store.events()).toHaveLength(1);
    store.changePage(1, 25);
    (await request('GET', '/api/audit-events', { limit: '25', offset: '25' })).flush({
      items: [],
      total: 60,
    });
    store.filter({
      type: 'identity.user.roles_changed',
      since: '2026-02-01',
      until: '',
      subjectId: 'u1',
      actorId: '',
    });
    (
      await request('GET', '/api/audit-events', {
        type: 'identity.user.roles_changed',
        since: '2026-02-01T00:00:00.000Z',
        subjectId: 'u1',
        limit: '25',
        offset: '0',
      })
    ).flush({ items: [], total: 0 });
    await tick();
    expect(store.pageIndex()).toBe(0);
    expect(store.total()).toBe(0);
  });
});
