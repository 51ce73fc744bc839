import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { confirmAction } from './confirm-dialog.component';

describe('confirmAction', () => {
  function open(): Promise<boolean> {
    return confirmAction(TestBed.inject(MatDialog), {
      heading: 'Delete module?',
      paragraphs: ['Its lessons are deleted too.', 'Trainees keep the published version.'],
      confirmLabel: 'Delete module',
      destructive: true,
    });
  }

  function button(label: string): HTMLButtonElement {
    const found = Array.from(document.querySelectorAll<HTMLButtonElement>('button')).find(
      (b) => b.textContent?.trim() === label,
    );
    if (!found) throw new Error(`no button ${label}`);
    return found;
  }

  afterEach(() => {
    TestBed.inject(MatDialog).closeAll();
  });

  it('shows the heading and every paragraph, and resolves true on confirm', async () => {
    const result = open();
    TestBed.tick();
    expect(document.querySelector('h2')?.textContent).toBe('Delete module?');
    expect(Array.from(document.querySelectorAll('p')).map((p) => p.textContent)).toEqual([
      'Its lessons are deleted too.',
      'Trainees keep the published version.',
    ]);
    button('Delete module').click();
    await expect(result).resolves.toBe(true);
  });

  it('resolves false on cancel', async () => {
    const result = open();
    TestBed.tick();
    button('Cancel').click();
    await expect(result).resolves.toBe(false);
  });
});
