/**
 * Worker-thread entry (a separate bundle, dist/apps/api/pdf-worker.js, see apps/api's webpack
 * config): renders one certificate per task for {@link CertificatePdfPool}. Dates and the logo
 * arrive by structured clone; the PDF goes back as bytes.
 */
import { type CertificatePdfData, renderCertificatePdf } from './certificate-pdf.renderer';

export default async function render(data: CertificatePdfData): Promise<Uint8Array> {
  return new Uint8Array(await renderCertificatePdf(data));
}
