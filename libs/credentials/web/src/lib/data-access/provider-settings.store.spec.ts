import type { HttpTestingController } from '@angular/common/http/testing';
import { CreditType } from '@lms/shared/contracts';
import { apiError, providerSettings } from '../testing/credentials-fixtures';
import { fail, request } from '../testing/page-harness';
import { setUpStore } from '../testing/store-harness';
import { LOGO_MAX_BYTES, ProviderSettingsStore } from './provider-settings.store';

describe('ProviderSettingsStore', () => {
  let store: ProviderSettingsStore;
  let backend: HttpTestingController;
  const createObjectURL = jest.fn(() => 'blob:logo');
  const revokeObjectURL = jest.fn();

  beforeEach(() => {
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    ({ store, backend } = setUpStore(ProviderSettingsStore));
  });

  afterEach(() => {
    backend.verify();
    jest.clearAllMocks();
  });

  function file(type: string, bytes: number): File {
    return new File([new Uint8Array(bytes)], 'logo.png', { type });
  }

  it('loads the settings and, when there is one, the logo for the preview', async () => {
    const done = store.load();
    (await request('GET', '/api/provider-settings')).flush(providerSettings({ hasLogo: true }));
    const logo = await request('GET', '/api/provider-settings/logo');
    expect(logo.request.responseType).toBe('blob');
    logo.flush(new Blob(['png'], { type: 'image/png' }));
    await done;
    expect(store.settings()?.providerName).toBe('Threshold Institute');
    expect(store.logoUrl()).toBe('blob:logo');
  });

  it('saves with PUT and keeps what the server answers', async () => {
    const body = {
      providerName: 'Threshold Institute',
      address: '12 Harbor Street',
      signatoryName: 'Dr. Alex Rivera',
      signatoryTitle: 'Director',
      accreditations: [
        {
          creditType: CreditType.Nbcc,
          statement: 'Approved by NBCC.',
          providerNumber: 'ACEP 7001',
        },
      ],
    };
    const done = store.save(body);
    const put = await request('PUT', '/api/provider-settings');
    expect(put.request.body).toEqual(body);
    put.flush(providerSettings({ ...body, updatedAt: '2026-02-05T00:00:00.000Z' }));
    await expect(done).resolves.toBe(true);
    expect(store.settings()?.accreditations).toEqual(body.accreditations);
    expect(store.notice()).toContain('Provider settings saved');
  });

  it('shows the validation messages of a refused save', async () => {
    const done = store.save({ ...providerSettings(), providerName: '' });
    fail(
      await request('PUT', '/api/provider-settings'),
      400,
      apiError(400, 'VALIDATION_FAILED', ['providerName should not be empty']),
    );
    await expect(done).resolves.toBe(false);
    expect(store.errors()).toEqual(['ProviderName should not be empty.']);
  });

  it('refuses other image types and files over 1 MB without asking the server', async () => {
    await expect(store.uploadLogo(file('image/gif', 10))).resolves.toBe(false);
    expect(store.logoErrors()).toEqual(['The logo must be a PNG or JPEG image.']);
    await expect(store.uploadLogo(file('image/png', LOGO_MAX_BYTES + 1))).resolves.toBe(false);
    expect(store.logoErrors()).toEqual(['The logo must be 1 MB or smaller.']);
    backend.expectNone('/api/provider-settings/logo');
  });

  it('uploads the logo as the multipart field "logo" and previews it', async () => {
    const logo = file('image/jpeg', 2048);
    const done = store.uploadLogo(logo);
    const put = await request('PUT', '/api/provider-settings/logo');
    const form = put.request.body as FormData;
    expect(form.get('logo')).toBeInstanceOf(File);
    expect((form.get('logo') as File).size).toBe(2048);
    put.flush(null, { status: 204, statusText: 'No Content' });
    await expect(done).resolves.toBe(true);
    expect(createObjectURL).toHaveBeenCalledWith(logo);
    expect(store.logoUrl()).toBe('blob:logo');
    expect(store.notice()).toBe('Logo uploaded.');
  });
});
