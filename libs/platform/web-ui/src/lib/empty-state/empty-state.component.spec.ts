import { provideHttpClient } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { EmptyStateComponent } from './empty-state.component';
import { provideLmsIcons } from '../icons/icons';

describe('EmptyStateComponent', () => {
  it('renders a heading, message and a bundled icon', async () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideLmsIcons()] });
    const fixture = TestBed.createComponent(EmptyStateComponent);
    fixture.componentRef.setInput('heading', 'No courses yet');
    fixture.componentRef.setInput('message', 'Courses you enroll in appear here.');
    fixture.componentRef.setInput('icon', 'school');
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;

    expect(el.querySelector('h2')?.textContent).toBe('No courses yet');
    expect(el.querySelector('p')?.textContent).toBe('Courses you enroll in appear here.');
    expect(el.querySelector('mat-icon svg')).not.toBeNull();
  });
});
