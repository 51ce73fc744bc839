import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Piscina } from 'piscina';
import { type CertificatePdfData, renderCertificatePdf } from './certificate-pdf.renderer';

/** The worker bundle, next to the API's main.js in a build; absent when running from sources. */
export const PDF_WORKER_FILE = join(__dirname, 'pdf-worker.js');

/**
 * Renders certificates off the event loop: pdfkit takes ~5 ms of CPU per certificate, which
 * during a bulk issuance of 10,000 is a third of the API process's work (docs/performance.md).
 * Worker threads (piscina) render while the main thread talks to the database. From sources
 * (tests, where there is no worker bundle) it renders in-process; the output is the same bytes
 * (the renderer is deterministic).
 */
@Injectable()
export class CertificatePdfPool implements OnModuleDestroy {
  private readonly logger = new Logger(CertificatePdfPool.name);
  private readonly pool: Piscina<CertificatePdfData, Uint8Array> | null;

  constructor() {
    const threads = Math.max(1, Math.min(4, availableParallelism() - 1));
    this.pool = existsSync(PDF_WORKER_FILE)
      ? new Piscina({
          filename: PDF_WORKER_FILE,
          minThreads: 0,
          maxThreads: threads,
          idleTimeout: 30_000,
        })
      : null;
    if (this.pool) this.logger.log(`Certificate PDFs render on up to ${threads} worker threads`);
  }

  async render(data: CertificatePdfData): Promise<Buffer> {
    if (!this.pool) return renderCertificatePdf(data);
    const bytes = await this.pool.run(data);
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool?.destroy();
  }
}
