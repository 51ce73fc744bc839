import { provideHttpClient } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { provideLmsIcons } from '../icons/icons';
import { StatusNoticeComponent } from './status-notice.component';

describe('StatusNoticeComponent', () => {
  function render(message: string): HTMLElement {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideLmsIcons()] });
    const fixture = TestBed.createComponent(StatusNoticeComponent);
    fixture.componentRef.setInput('message', message);
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }

  it('keeps an empty live region in the page, taking no room', () => {
    const host = render('');
    expect(host.querySelector('[role="status"]')?.textContent.trim()).toBe('');
    expect(host.classList).toContain('status-notice--empty');
  });

  it('shows the message beside a decorative icon', () => {
    const host = render('CE settings saved.');
    expect(host.querySelector('[role="status"]')?.textContent.trim()).toBe('CE settings saved.');
    expect(host.querySelector('mat-icon')?.getAttribute('aria-hidden')).toBe('true');
    expect(host.classList).not.toContain('status-notice--empty');
  });
});
