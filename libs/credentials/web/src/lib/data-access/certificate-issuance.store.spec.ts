import type { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import {
  adminUser,
  apiError,
  bulkIssuance,
  certificate,
  eligibility,
} from '../testing/credentials-fixtures';
import { fail, request, tick } from '../testing/page-harness';
import { setUpStore } from '../testing/store-harness';
import type { BulkIssuanceResponse } from '@lms/shared/contracts';
import {
  BULK_POLL_MS,
  CertificateIssuanceStore,
  USER_SEARCH_DEBOUNCE_MS,
} from './certificate-issuance.store';

describe('CertificateIssuanceStore', () => {
  let store: CertificateIssuanceStore;
  let backend: HttpTestingController;
  const robin = adminUser('u1', 'Robin Reader');

  beforeEach(() => {
    ({ store, backend } = setUpStore(CertificateIssuanceStore));
  });

  afterEach(() => {
    backend.verify();
    jest.useRealTimers();
  });

  async function chooseEligible(
    answer = eligibility({ eligible: true, missing: [] }),
  ): Promise<void> {
    store.chooseCourse('c1');
    store.chooseUser(robin);
    (await request('GET', '/api/courses/c1/eligibility', { userId: 'u1' })).flush(answer);
    await tick();
  }

  it('searches trainees by name or email once typing pauses', () => {
    jest.useFakeTimers();
    store.searchUsers('R');
    store.searchUsers('Ro');
    store.searchUsers('Rob');
    jest.advanceTimersByTime(USER_SEARCH_DEBOUNCE_MS);
    const search = backend.expectOne((req) => req.url === '/api/users');
    expect(search.request.params.get('q')).toBe('Rob');
    expect(search.request.params.get('role')).toBe('trainee');
    expect(search.request.params.get('limit')).toBe('8');
    search.flush({ items: [robin], total: 1 });
    expect(store.users()).toEqual([robin]);
    expect(store.searching()).toBe(false);
  });

  it('checks eligibility for the chosen course and trainee, and issues only when eligible', async () => {
    store.chooseCourse('c1');
    expect(store.canIssue()).toBe(false);
    await chooseEligible(eligibility({ missing: ['Pass the post-test "Course post-test"'] }));
    expect(store.eligibility()?.missing).toEqual(['Pass the post-test "Course post-test"']);
    expect(store.canIssue()).toBe(false);
    await expect(store.issue()).resolves.toBeNull();

    await chooseEligible();
    expect(store.canIssue()).toBe(true);
    const issued = store.issue();
    const post = await request('POST', '/api/certificates');
    expect(post.request.body).toEqual({ userId: 'u1', courseId: 'c1' });
    post.flush(certificate(), { status: 201, statusText: 'Created' });
    await expect(issued).resolves.toMatchObject({ verificationCode: 'THR-7K2M-9QXA' });
    expect(store.eligibility()?.certificateId).toBe('cert1');
    expect(store.canIssue()).toBe(false);
  });

  it('shows what is missing when the API answers 422 NOT_ELIGIBLE', async () => {
    await chooseEligible();
    const issued = store.issue();
    fail(
      await request('POST', '/api/certificates'),
      422,
      apiError(422, 'NOT_ELIGIBLE', 'Not eligible', { missing: ['Submit the course evaluation'] }),
    );
    await expect(issued).resolves.toBeNull();
    expect(store.errors()).toEqual(['Robin Reader is not eligible yet.']);
    expect(store.eligibility()).toMatchObject({
      eligible: false,
      missing: ['Submit the course evaluation'],
    });
  });

  it('says when the trainee already holds a certificate (409) and checks again', async () => {
    await chooseEligible();
    const issued = store.issue();
    fail(await request('POST', '/api/certificates'), 409, apiError(409, 'CERTIFICATE_EXISTS'));
    (await request('GET', '/api/courses/c1/eligibility', { userId: 'u1' })).flush(
      eligibility({ eligible: true, missing: [], certificateId: 'cert9' }),
    );
    await expect(issued).resolves.toBeNull();
    expect(store.errors()).toEqual([
      'This trainee already holds an active certificate for this course.',
    ]);
    expect(store.canIssue()).toBe(false);
  });

  it('starts a bulk issuance, polls it every second and sums it up', async () => {
    const finished: BulkIssuanceResponse[] = [];
    store.bulkFinished.subscribe((bulk) => finished.push(bulk));
    store.chooseBulkCourse('c1');
    const started = store.startBulk();
    const post = await request('POST', '/api/courses/c1/certificates/bulk', { wait: 'false' });
    jest.useFakeTimers();
    post.flush(bulkIssuance(), { status: 202, statusText: 'Accepted' });
    await started;
    expect(store.bulkRunning()).toBe(true);
    expect(store.bulkPercent()).toBe(0);

    jest.advanceTimersByTime(BULK_POLL_MS);
    backend
      .expectOne('/api/bulk-issuances/b1')
      .flush(bulkIssuance({ status: 'running', processed: 6, issued: 5, skipped: 1 }));
    expect(store.bulkPercent()).toBe(40);
    expect(store.bulkSummary()).toBe('');

    jest.advanceTimersByTime(BULK_POLL_MS);
    backend
      .expectOne('/api/bulk-issuances/b1')
      .flush(bulkIssuance({ status: 'completed', processed: 15, issued: 12, skipped: 3 }));
    expect(store.bulkRunning()).toBe(false);
    expect(store.bulkPercent()).toBe(100);
    expect(store.bulkSummary()).toBe('Issued 12 · skipped 3 (not eligible or already certified)');
    expect(finished.map((b) => b.status)).toEqual(['completed']);

    // Done: no more polling.
    jest.advanceTimersByTime(BULK_POLL_MS * 3);
    backend.expectNone('/api/bulk-issuances/b1');
  });

  it('reports a failed bulk job with what it issued', async () => {
    store.chooseBulkCourse('c1');
    const started = store.startBulk();
    (await request('POST', '/api/courses/c1/certificates/bulk')).flush(
      bulkIssuance({ status: 'failed', processed: 4, issued: 2, error: 'database unavailable' }),
    );
    await started;
    expect(store.bulkSummary()).toBe(
      'Bulk issuance stopped: database unavailable. Issued 2 before it stopped.',
    );
  });

  it('stops polling when the page goes away', async () => {
    store.chooseBulkCourse('c1');
    const started = store.startBulk();
    const post = await request('POST', '/api/courses/c1/certificates/bulk');
    jest.useFakeTimers();
    post.flush(bulkIssuance({ status: 'running' }), { status: 202, statusText: 'Accepted' });
    await started;
    TestBed.resetTestingModule();
    jest.advanceTimersByTime(BULK_POLL_MS * 2);
    backend.expectNone('/api/bulk-issuances/b1');
  });
});
