import type { HttpTestingController } from '@angular/common/http/testing';
import { CreditType } from '@lms/shared/contracts';
import { apiError, certificate, transcript } from '../testing/credentials-fixtures';
import type { SavedFile } from '../testing/page-harness';
import { fail, request } from '../testing/page-harness';
import { setUpStore } from '../testing/store-harness';
import { TranscriptStore } from './transcript.store';

describe('TranscriptStore', () => {
  let store: TranscriptStore;
  let backend: HttpTestingController;
  let saved: SavedFile[];

  beforeEach(() => {
    ({ store, backend, saved } = setUpStore(TranscriptStore));
  });

  afterEach(() => {
    backend.verify();
  });

  async function load(answer = transcript()): Promise<void> {
    const done = store.load();
    (await request('GET', '/api/me/transcript', {})).flush(answer);
    await done;
  }

  it('lists certificates newest first and groups the yearly totals, newest year first', async () => {
    await load(
      transcript({
        certificates: [
          certificate({ id: 'old', issuedAt: '2025-03-01T00:00:00.000Z' }),
          certificate({ id: 'new', issuedAt: '2026-02-03T00:00:00.000Z' }),
        ],
        totalsByYear: [
          { year: 2025, creditType: CreditType.Apa, credits: 3 },
          { year: 2026, creditType: CreditType.Apa, credits: 6.5 },
          { year: 2026, creditType: CreditType.Nbcc, credits: 2 },
        ],
      }),
    );
    expect(store.certificates().map((c) => c.id)).toEqual(['new', 'old']);
    expect(store.years()).toEqual([
      {
        year: 2026,
        rows: [
          { creditType: 'apa', credits: 6.5 },
          { creditType: 'nbcc', credits: 2 },
        ],
      },
      { year: 2025, rows: [{ creditType: 'apa', credits: 3 }] },
    ]);
  });

  it('downloads the transcript as CSV and PDF blobs', async () => {
    await load();
    let done = store.downloadTranscript('csv');
    let file = await request('GET', '/api/me/transcript', { format: 'csv' });
    expect(file.request.responseType).toBe('blob');
    file.flush(new Blob(['course,credits\n'], { type: 'text/csv' }));
    await done;
    done = store.downloadTranscript('pdf');
    file = await request('GET', '/api/me/transcript', { format: 'pdf' });
    file.flush(new Blob(['%PDF-1.7'], { type: 'application/pdf' }));
    await done;
    expect(saved.map((f) => f.fileName)).toEqual(['transcript.csv', 'transcript.pdf']);
    expect(store.downloading()).toBeNull();
  });

  it('downloads one certificate as certificate-<code>.pdf', async () => {
    await load();
    const done = store.downloadCertificate(certificate());
    (await request('GET', '/api/certificates/cert1/pdf')).flush(new Blob(['%PDF']));
    await done;
    expect(saved.map((f) => f.fileName)).toEqual(['certificate-THR-7K2M-9QXA.pdf']);
  });

  it('shows why the transcript could not load', async () => {
    const done = store.load();
    fail(await request('GET', '/api/me/transcript', {}), 500, apiError(500, 'INTERNAL'));
    await done;
    expect(store.transcript()).toBeNull();
    expect(store.errors()).toEqual([
      'Something went wrong on our side. Please try again in a moment.',
    ]);
  });
});
