import { Injectable, computed, inject, signal } from '@angular/core';
import type { Certificate, CreditType, TranscriptResponse } from '@lms/shared/contracts';
import { firstValueFrom } from 'rxjs';
import type { TranscriptFormat } from './credentials.api';
import { CredentialsApi } from './credentials.api';
import { credentialsErrorMessages } from './credentials-errors';
import { FileSaver, certificateFileName } from './file-saver';

export interface YearTotals {
  year: number;
  rows: { creditType: CreditType; credits: number }[];
}

interface TranscriptState {
  transcript: TranscriptResponse | null;
  loading: boolean;
  errors: readonly string[];
  /** What is being downloaded: `csv`, `pdf` or a certificate id. */
  downloading: string | null;
}

/** The trainee's transcript: certificates, totals per credit type and per year, downloads. */
@Injectable()
export class TranscriptStore {
  private readonly api = inject(CredentialsApi);
  private readonly files = inject(FileSaver);
  private readonly state = signal<TranscriptState>({
    transcript: null,
    loading: false,
    errors: [],
    downloading: null,
  });

  readonly transcript = computed(() => this.state().transcript);
  readonly loading = computed(() => this.state().loading);
  readonly errors = computed(() => this.state().errors);
  readonly downloading = computed(() => this.state().downloading);
  /** Newest first. */
  readonly certificates = computed(() =>
    [...(this.transcript()?.certificates ?? [])].sort((a, b) =>
      b.issuedAt.localeCompare(a.issuedAt),
    ),
  );
  /** Per year, newest year first. */
  readonly years = computed<YearTotals[]>(() => {
    const byYear = new Map<number, YearTotals['rows']>();
    for (const row of this.transcript()?.totalsByYear ?? []) {
      const rows = byYear.get(row.year) ?? [];
      rows.push({ creditType: row.creditType, credits: row.credits });
      byYear.set(row.year, rows);
    }
    return [...byYear.entries()].sort(([a], [b]) => b - a).map(([year, rows]) => ({ year, rows }));
  });

  async load(): Promise<void> {
    this.state.update((s) => ({ ...s, loading: true, errors: [] }));
    try {
      const transcript = await firstValueFrom(this.api.transcript());
      this.state.update((s) => ({ ...s, loading: false, transcript }));
    } catch (error: unknown) {
      this.state.update((s) => ({
        ...s,
        loading: false,
        errors: credentialsErrorMessages(error),
      }));
    }
  }

  async downloadTranscript(format: TranscriptFormat): Promise<void> {
    await this.download(format, () => this.api.transcriptFile(format), `transcript.${format}`);
  }

  async downloadCertificate(certificate: Certificate): Promise<void> {
    await this.download(
      certificate.id,
      () => this.api.certificatePdf(certificate.id),
      certificateFileName(certificate.verificationCode),
    );
  }

  private async download(
    key: string,
    fetch: () => ReturnType<CredentialsApi['transcriptFile']>,
    fileName: string,
  ): Promise<void> {
    if (this.downloading() !== null) return;
    this.state.update((s) => ({ ...s, downloading: key, errors: [] }));
    try {
      this.files.save(await firstValueFrom(fetch()), fileName);
    } catch (error: unknown) {
      this.state.update((s) => ({ ...s, errors: credentialsErrorMessages(error) }));
    } finally {
      this.state.update((s) => ({ ...s, downloading: null }));
    }
  }
}
