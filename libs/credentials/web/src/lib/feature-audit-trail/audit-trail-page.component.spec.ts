import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { RouterTestingHarness } from '@angular/router/testing';
import { auditEvent } from '../testing/credentials-fixtures';
import { AUDIT_EVENT_TYPES } from '../ui/audit-format';
import {
  buttonNamed,
  cells,
  configurePages,
  openPage,
  request,
  settle,
  text,
  type,
} from '../testing/page-harness';

describe('AuditTrailPageComponent', () => {
  let harness: RouterTestingHarness;
  let root: HTMLElement;

  beforeEach(async () => {
    configurePages();
    ({ harness, root } = await openPage('/admin/audit'));
    (await request('GET', '/api/audit-events', { limit: '25', offset: '0' }, harness)).flush({
      items: [
        auditEvent(),
        auditEvent({
          id: 'ev2',
          type: 'credentials.certificate.revoked',
          payload: { certificateId: 'cert1', reason: 'Wrong credit type' },
        }),
      ],
      total: 2,
    });
    await settle(harness, () => root.querySelector('[data-testid="audit-row"]') !== null);
    root = harness.routeNativeElement as HTMLElement;
  });

  afterEach(() => {
    TestBed.inject(HttpTestingController).verify();
    TestBed.resetTestingModule();
  });

  it('shows time, type, actor, subject and a payload summary that expands', () => {
    const [roles, revoked] = Array.from(root.querySelectorAll('[data-testid="audit-row"]'));
    expect(cells(roles).slice(0, 4)).toEqual([
      'Feb 3, 2026, 10:05 AM',
      'User roles changed identity.user.roles_changed',
      // The cell labels show only where rows become cards (phones).
      'Actor: Ada Admin',
      'Subject: user u1',
    ]);
    expect(text(roles?.querySelector('summary'))).toBe(
      'userId: u1 · before: trainee · after: trainee, instructor',
    );
    expect(roles?.querySelector('details pre')?.textContent).toContain('"instructor"');
    expect(text(roles?.querySelector('.events__ids'))).toBe(
      'Actor idadmin1Subject idu1Request idreq-1',
    );
    expect(text(revoked?.querySelector('.events__label'))).toBe('Certificate revoked');
  });

  it('labels every event type of the contract for the filter', () => {
    expect(AUDIT_EVENT_TYPES).toContainEqual({
      value: 'credentials.course_settings.changed',
      label: 'Course CE settings changed',
    });
    expect(AUDIT_EVENT_TYPES).toContainEqual({
      value: 'identity.user.roles_changed',
      label: 'User roles changed',
    });
  });

  it('filters by type, days and subject from the first page', async () => {
    type(root.querySelector('input[formcontrolname="since"]'), '2026-02-01');
    type(root.querySelector('input[formcontrolname="subjectId"]'), 'u1');
    await settle(harness);
    buttonNamed(root, 'Apply filters').click();
    (
      await request(
        'GET',
        '/api/audit-events',
        { since: '2026-02-01T00:00:00.000Z', subjectId: 'u1', limit: '25', offset: '0' },
        harness,
      )
    ).flush({ items: [], total: 0 });
    await settle(harness, () => root.querySelector('lms-empty-state') !== null);
    expect(text(root.querySelector('lms-empty-state'))).toContain('No events match');
  });
});
