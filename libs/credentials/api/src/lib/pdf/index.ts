export { CertificatePdfPool } from './certificate-pdf.pool';
export { renderCertificatePdf, type CertificatePdfData } from './certificate-pdf.renderer';
export {
  renderTranscriptPdf,
  type TranscriptCertificateStatus,
  type TranscriptPdfData,
} from './transcript-pdf.renderer';
