import { TestBed } from '@angular/core/testing';
import { AlertComponent } from './alert.component';

describe('AlertComponent', () => {
  function render(messages: string[], kind: 'error' | 'success' = 'error'): HTMLElement {
    const fixture = TestBed.createComponent(AlertComponent);
    fixture.componentRef.setInput('messages', messages);
    fixture.componentRef.setInput('kind', kind);
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }

  it('keeps an empty live region in the page so later messages are announced', () => {
    const region = render([]).querySelector('[role="alert"]');
    expect(region).not.toBeNull();
    expect(region?.textContent?.trim()).toBe('');
  });

  it('shows one message as text and several as a list', () => {
    expect(render(['Email is taken']).querySelector('p')?.textContent).toBe('Email is taken');
    const items = render(['One', 'Two']).querySelectorAll('li');
    expect(Array.from(items).map((li) => li.textContent)).toEqual(['One', 'Two']);
  });

  it('uses role="status" for success', () => {
    expect(render(['Saved'], 'success').querySelector('[role="status"]')?.textContent).toContain(
      'Saved',
    );
  });
});
