import PDFDocument from 'pdfkit';

export interface PdfMetadata {
  title: string;
  author: string;
  subject: string;
  keywords?: string;
  /** Also seeds the file identifier: the same metadata gives byte-identical output. */
  creationDate: Date;
}

/**
 * A US Letter document with no page margins (the renderers place everything themselves) and
 * fixed metadata. pdfkit derives the trailer /ID from the Info dictionary, so with a fixed
 * CreationDate the output is byte-for-byte deterministic for the same input.
 */
export function createPdfDocument(
  layout: 'portrait' | 'landscape',
  metadata: PdfMetadata,
  options: { bufferPages?: boolean } = {},
): PDFKit.PDFDocument {
  return new PDFDocument({
    size: 'LETTER',
    layout,
    margin: 0,
    bufferPages: options.bufferPages ?? false,
    pdfVersion: '1.4',
    displayTitle: true,
    lang: 'en-US',
    info: {
      Title: metadata.title,
      Author: metadata.author,
      Subject: metadata.subject,
      ...(metadata.keywords === undefined ? {} : { Keywords: metadata.keywords }),
      Creator: 'Threshold',
      Producer: 'Threshold (PDFKit)',
      CreationDate: metadata.creationDate,
      ModDate: metadata.creationDate,
    },
  });
}

/**
 * Ends `doc` and resolves with the whole file. `draw` runs after the collector is attached;
 * anything it throws rejects the promise.
 */
export function renderToBuffer(
  doc: PDFKit.PDFDocument,
  draw: (doc: PDFKit.PDFDocument) => void,
): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
    doc.on('end', () => {
      resolve(Buffer.concat(chunks));
    });
    doc.on('error', reject);
    try {
      draw(doc);
      doc.end();
    } catch (error: unknown) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}
