import type { HttpTestingController } from '@angular/common/http/testing';
import { apiError, certificate, courseSummary } from '../testing/credentials-fixtures';
import type { SavedFile } from '../testing/page-harness';
import { fail, request, tick } from '../testing/page-harness';
import { setUpStore } from '../testing/store-harness';
import { AdminCertificatesStore } from './admin-certificates.store';

describe('AdminCertificatesStore', () => {
  let store: AdminCertificatesStore;
  let backend: HttpTestingController;
  let saved: SavedFile[];

  beforeEach(() => {
    ({ store, backend, saved } = setUpStore(AdminCertificatesStore));
  });

  afterEach(() => {
    backend.verify();
  });

  it('lists the first page, then filters by course, status and name or code from offset 0', async () => {
    store.load();
    (await request('GET', '/api/certificates', { limit: '20', offset: '0' })).flush({
      items: [certificate()],
      total: 41,
    });
    await tick();
    expect(store.total()).toBe(41);

    store.changePage(2, 20);
    (await request('GET', '/api/certificates', { limit: '20', offset: '40' })).flush({
      items: [],
      total: 41,
    });
    store.filter({ courseId: 'c1', status: 'revoked', q: '  Robin ' });
    (
      await request('GET', '/api/certificates', {
        courseId: 'c1',
        status: 'revoked',
        q: 'Robin',
        limit: '20',
        offset: '0',
      })
    ).flush({ items: [], total: 0 });
    await tick();
    expect(store.pageIndex()).toBe(0);
    expect(store.filtered()).toBe(true);
  });

  it('offers the courses sorted by title', async () => {
    const done = store.loadCourses();
    (await request('GET', '/api/courses', { limit: '200' })).flush({
      items: [courseSummary('c2', 'Integration Skills'), courseSummary('c1', 'Foundations')],
      total: 2,
    });
    await done;
    expect(store.courses().map((c) => c.title)).toEqual(['Foundations', 'Integration Skills']);
  });

  it('revokes with the reason and shows the row as revoked', async () => {
    store.load();
    (await request('GET', '/api/certificates')).flush({ items: [certificate()], total: 1 });
    await tick();
    const done = store.revoke(certificate(), 'Claimed the wrong credit type');
    const post = await request('POST', '/api/certificates/cert1/revoke');
    expect(post.request.body).toEqual({ reason: 'Claimed the wrong credit type' });
    post.flush(
      certificate({
        status: 'revoked',
        revokedAt: '2026-02-05T00:00:00.000Z',
        revocationReason: 'Claimed the wrong credit type',
      }),
    );
    await expect(done).resolves.toBe(true);
    expect(store.certificates()[0]?.status).toBe('revoked');
    expect(store.notice()).toBe('Certificate THR-7K2M-9QXA of Robin Reader revoked.');
  });

  it('reissues (new code) and reloads the list, which shows both', async () => {
    const done = store.reissue(certificate(), 'Name misspelled');
    const post = await request('POST', '/api/certificates/cert1/reissue');
    expect(post.request.body).toEqual({ reason: 'Name misspelled' });
    post.flush(
      certificate({ id: 'cert2', verificationCode: 'THR-NEW1-CODE', replacesId: 'cert1' }),
      {
        status: 201,
        statusText: 'Created',
      },
    );
    await expect(done).resolves.toBe(true);
    (await request('GET', '/api/certificates')).flush({ items: [], total: 2 });
    expect(store.notice()).toContain('new code THR-NEW1-CODE');
  });

  it('keeps the row and shows the server’s reason when a revoke is refused', async () => {
    const done = store.revoke(certificate(), 'x');
    fail(
      await request('POST', '/api/certificates/cert1/revoke'),
      409,
      apiError(409, 'ALREADY_REVOKED', 'This certificate is already revoked'),
    );
    await expect(done).resolves.toBe(false);
    expect(store.errors()).toEqual(['This certificate is already revoked.']);
    expect(store.isBusy('cert1')).toBe(false);
  });

  it('saves the PDF', async () => {
    const done = store.download(certificate());
    (await request('GET', '/api/certificates/cert1/pdf')).flush(new Blob(['%PDF']));
    await done;
    expect(saved.map((f) => f.fileName)).toEqual(['certificate-THR-7K2M-9QXA.pdf']);
  });
});
