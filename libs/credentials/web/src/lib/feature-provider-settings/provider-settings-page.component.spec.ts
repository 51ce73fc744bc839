import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { RouterTestingHarness } from '@angular/router/testing';
import { providerSettings } from '../testing/credentials-fixtures';
import {
  buttonNamed,
  configurePages,
  openPage,
  request,
  settle,
  text,
  type,
} from '../testing/page-harness';

describe('ProviderSettingsPageComponent', () => {
  let harness: RouterTestingHarness;
  let root: HTMLElement;

  beforeEach(async () => {
    configurePages();
    ({ harness, root } = await openPage('/admin/provider-settings'));
    (await request('GET', '/api/provider-settings', null, harness)).flush(providerSettings());
    await settle(harness, () => root.querySelector('form') !== null);
    root = harness.routeNativeElement as HTMLElement;
  });

  afterEach(() => {
    TestBed.inject(HttpTestingController).verify();
    TestBed.resetTestingModule();
  });

  it('offers every credit type, says statements are printed verbatim, and fills what is saved', () => {
    expect(Array.from(root.querySelectorAll('.accreditation legend')).map(text)).toEqual([
      'AMA PRA Category 1 Credit™',
      'ANCC nursing contact hours',
      'APA CE credits',
      'ASWB ACE CE credits',
      'NBCC clock hours',
      'IPCE credit',
    ]);
    expect(text(root.querySelector('.verbatim'))).toContain('printed verbatim on certificates');
    const statements = root.querySelectorAll<HTMLTextAreaElement>(
      '.accreditation textarea[formcontrolname="statement"]',
    );
    expect(statements[2]?.value).toContain('approved by the American Psychological Association');
    expect(
      root.querySelector<HTMLInputElement>('input[formcontrolname="providerName"]')?.value,
    ).toBe('Threshold Institute');
  });

  it('saves the statements as typed, leaving out credit types left empty', async () => {
    const fieldsets = root.querySelectorAll('.accreditation');
    type(
      fieldsets[4]?.querySelector('textarea') ?? null,
      'Threshold Institute has been approved by NBCC as an Approved Continuing Education Provider, ACEP No. 7001.\n',
    );
    type(fieldsets[4]?.querySelector('input') ?? null, 'ACEP No. 7001');
    await settle(harness);
    buttonNamed(root, 'Save settings').click();
    const put = await request('PUT', '/api/provider-settings', null, harness);
    expect(put.request.body).toEqual({
      providerName: 'Threshold Institute',
      address: '12 Harbor Street\nPortland, OR 97201',
      signatoryName: 'Dr. Alex Rivera',
      signatoryTitle: 'Director of Continuing Education',
      accreditations: [
        providerSettings().accreditations[0],
        {
          creditType: 'nbcc',
          statement:
            'Threshold Institute has been approved by NBCC as an Approved Continuing Education Provider, ACEP No. 7001.',
          providerNumber: 'ACEP No. 7001',
        },
      ],
    });
    put.flush(providerSettings());
    await settle(harness, () => text(root.querySelector('.notice')) !== '');
    expect(text(root.querySelector('.notice'))).toContain('Provider settings saved');
  });

  it('does not save without a provider name (blanks are not a name)', async () => {
    type(root.querySelector('input[formcontrolname="providerName"]'), '   ');
    await settle(harness);
    buttonNamed(root, 'Save settings').click();
    await settle(harness);
    TestBed.inject(HttpTestingController).expectNone('/api/provider-settings');
    expect(text(root.querySelector('mat-error'))).toBe("Enter the provider's name as accredited.");
  });
});
