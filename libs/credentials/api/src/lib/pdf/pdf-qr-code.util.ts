import { create, type QRCodeErrorCorrectionLevel } from 'qrcode';

/**
 * Error correction "M" (15 %) keeps a verification URL at version 3–5 (29–37 modules), so the
 * modules stay large enough to scan from paper at the printed size.
 */
export const QR_ERROR_CORRECTION: QRCodeErrorCorrectionLevel = 'M';

/** Quiet zone the QR specification asks for around the symbol, in modules. */
export const QR_QUIET_ZONE_MODULES = 4;

/**
 * Draws `text` as a QR code of `size` × `size` points with its top-left corner at (x, y), as
 * vector rectangles: one rectangle per horizontal run of dark modules, all filled as a single
 * path (no seams between modules, no raster image, crisp at any zoom or print size).
 * The caller keeps a quiet zone of QR_QUIET_ZONE_MODULES modules free around it.
 */
export function drawQrCode(
  doc: PDFKit.PDFDocument,
  text: string,
  x: number,
  y: number,
  size: number,
  color: string,
): void {
  const { modules } = create(text, { errorCorrectionLevel: QR_ERROR_CORRECTION });
  const count = modules.size;
  const dark = modules.data;
  doc.save();
  // In module units, so the content stream reads "column row run 1 re".
  doc.translate(x, y).scale(size / count);
  for (let row = 0; row < count; row++) {
    let column = 0;
    while (column < count) {
      if (!dark[row * count + column]) {
        column++;
        continue;
      }
      const start = column;
      while (column < count && dark[row * count + column]) column++;
      doc.rect(start, row, column - start, 1);
    }
  }
  doc.fill(color);
  doc.restore();
}
