import { execFileSync } from 'node:child_process';

export interface ReadPdf {
  /** Extracted text, pages joined. */
  text: string;
  pages: number;
  /** The Info dictionary as pdf.js reads it (Title, Author, Subject, CreationDate, …). */
  info: Record<string, unknown>;
}

/**
 * Extracts text and metadata with pdf-parse v2 (`new PDFParse({ data }).getText()/getInfo()`).
 *
 * pdf-parse runs pdf.js, which loads its worker with a dynamic `import()`; Jest's module VM
 * cannot run that without --experimental-vm-modules, so the parser runs in a plain Node child
 * process (about 0.3 s a call).
 */
export function readPdf(pdf: Buffer): ReadPdf {
  const script = `
    const { PDFParse } = require(${JSON.stringify(require.resolve('pdf-parse'))});
    const chunks = [];
    process.stdin.on('data', (chunk) => chunks.push(chunk));
    process.stdin.on('end', async () => {
      const parser = new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) });
      try {
        const text = await parser.getText({ pageJoiner: '' });
        const info = await parser.getInfo();
        process.stdout.write(JSON.stringify({ text: text.text, pages: text.total, info: info.info }));
      } finally {
        await parser.destroy();
      }
    });`;
  const output = execFileSync(process.execPath, ['-e', script], {
    input: pdf,
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(output.toString('utf8')) as ReadPdf;
}

/** The text of a PDF as a reader extracts it, whitespace runs collapsed. */
export function pdfText(pdf: Buffer): string {
  return readPdf(pdf).text.replace(/\s+/g, ' ').trim();
}
