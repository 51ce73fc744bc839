import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  type OnInit,
  effect,
  inject,
  viewChild,
} from '@angular/core';
import { FormArray, FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import {
  AlertComponent,
  PageHeaderComponent,
  StatusNoticeComponent,
  focusFirstInvalid,
} from '@lms/platform/web-ui';
import type { ProviderSettings, UpdateProviderSettingsRequest } from '@lms/shared/contracts';
import { CREDIT_TYPE_LABELS, CreditType } from '@lms/shared/contracts';
import { ProviderSettingsStore } from '../data-access/provider-settings.store';
import { formatDay } from '../ui/credit-format';

const CREDIT_TYPES: readonly CreditType[] = Object.values(CreditType);

function accreditationGroup(creditType: CreditType) {
  return new FormGroup({
    creditType: new FormControl(creditType, { nonNullable: true }),
    statement: new FormControl('', { nonNullable: true, validators: Validators.maxLength(2000) }),
    providerNumber: new FormControl('', {
      nonNullable: true,
      validators: Validators.maxLength(200),
    }),
  });
}

/**
 * Provider settings: name, address, signatory, logo, and per credit type the accreditation
 * statement and provider number, printed verbatim on certificates.
 */
@Component({
  selector: 'lms-provider-settings-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    AlertComponent,
    PageHeaderComponent,
    StatusNoticeComponent,
  ],
  providers: [ProviderSettingsStore],
  templateUrl: './provider-settings-page.component.html',
  styleUrl: './provider-settings-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProviderSettingsPageComponent implements OnInit {
  protected readonly store = inject(ProviderSettingsStore);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly fileInput = viewChild<ElementRef<HTMLInputElement>>('logoFile');
  protected readonly labels = CREDIT_TYPE_LABELS;
  protected readonly day = formatDay;

  protected readonly form = new FormGroup({
    providerName: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.pattern(/\S/), Validators.maxLength(200)],
    }),
    address: new FormControl('', { nonNullable: true, validators: Validators.maxLength(500) }),
    signatoryName: new FormControl('', {
      nonNullable: true,
      validators: Validators.maxLength(200),
    }),
    signatoryTitle: new FormControl('', {
      nonNullable: true,
      validators: Validators.maxLength(200),
    }),
    accreditations: new FormArray(CREDIT_TYPES.map(accreditationGroup)),
  });

  constructor() {
    // Fill the form whenever settings arrive from the server (load, save).
    effect(() => {
      const settings = this.store.settings();
      if (settings) this.fill(settings);
    });
  }

  ngOnInit(): void {
    void this.store.load();
  }

  protected chooseLogo(): void {
    this.fileInput()?.nativeElement.click();
  }

  protected async logoChosen(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) await this.store.uploadLogo(file);
  }

  protected async save(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      setTimeout(() => {
        focusFirstInvalid(this.host.nativeElement);
      });
      return;
    }
    const value = this.form.getRawValue();
    const body: UpdateProviderSettingsRequest = {
      providerName: value.providerName.trim(),
      address: value.address.trim(),
      signatoryName: value.signatoryName.trim(),
      signatoryTitle: value.signatoryTitle.trim(),
      // Verbatim: the statement is sent as typed, only surrounding blank space removed.
      accreditations: value.accreditations
        .map((a) => ({
          ...a,
          statement: a.statement.trim(),
          providerNumber: a.providerNumber.trim(),
        }))
        .filter((a) => a.statement !== '' || a.providerNumber !== ''),
    };
    if (await this.store.save(body)) this.form.markAsPristine();
  }

  private fill(settings: ProviderSettings): void {
    this.form.patchValue({
      providerName: settings.providerName,
      address: settings.address,
      signatoryName: settings.signatoryName,
      signatoryTitle: settings.signatoryTitle,
      accreditations: CREDIT_TYPES.map((creditType) => {
        const found = settings.accreditations.find((a) => a.creditType === creditType);
        return {
          creditType,
          statement: found?.statement ?? '',
          providerNumber: found?.providerNumber ?? '',
        };
      }),
    });
    this.form.markAsPristine();
  }
}
