import { DOCUMENT, Injectable, inject } from '@angular/core';

/** How long the object URL outlives the click (the browser reads it asynchronously). */
const REVOKE_AFTER_MS = 60_000;

/**
 * Saves a downloaded Blob as a file: an object URL and a temporary `<a download>`, clicked
 * once. The API's files need the in-memory access token, so a plain link cannot fetch them.
 */
@Injectable({ providedIn: 'root' })
export class FileSaver {
  private readonly document = inject(DOCUMENT);

  save(blob: Blob, fileName: string): void {
    const view = this.document.defaultView;
    if (!view) return;
    const url = view.URL.createObjectURL(blob);
    const link = this.document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.hidden = true;
    this.document.body.appendChild(link);
    link.click();
    link.remove();
    view.setTimeout(() => {
      view.URL.revokeObjectURL(url);
    }, REVOKE_AFTER_MS);
  }
}

/** `certificate-<code>.pdf`, the name every certificate download gets. */
export function certificateFileName(verificationCode: string): string {
  return `certificate-${verificationCode.replace(/[^A-Za-z0-9-]/g, '')}.pdf`;
}
