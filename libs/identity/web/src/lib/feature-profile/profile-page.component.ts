import { ChangeDetectionStrategy, Component, ElementRef, type OnInit, inject } from '@angular/core';
import { FormArray, FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { AlertComponent, PageHeaderComponent, focusFirstInvalid } from '@lms/platform/web-ui';
import type { License, MeResponse, Profession } from '@lms/shared/contracts';
import {
  LICENSE_STATES,
  MAX_LICENSES,
  PROFESSIONS,
  PROFESSION_LABELS,
} from '@lms/shared/contracts';
import { ProfileStore } from '../data-access/profile.store';

type LicenseForm = FormGroup<{
  type: FormControl<string>;
  number: FormControl<string>;
  state: FormControl<string>;
}>;

function licenseForm(license?: License): LicenseForm {
  return new FormGroup({
    type: new FormControl(license?.type ?? '', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(20)],
    }),
    number: new FormControl(license?.number ?? '', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(50)],
    }),
    state: new FormControl(license?.state ?? '', {
      nonNullable: true,
      validators: [Validators.required],
    }),
  });
}

@Component({
  selector: 'lms-profile-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    AlertComponent,
    PageHeaderComponent,
  ],
  providers: [ProfileStore],
  templateUrl: './profile-page.component.html',
  styleUrl: './profile-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProfilePageComponent implements OnInit {
  protected readonly store = inject(ProfileStore);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly states = LICENSE_STATES;
  protected readonly maxLicenses = MAX_LICENSES;
  protected readonly professions = PROFESSIONS.map((value) => ({
    value,
    label: PROFESSION_LABELS[value],
  }));

  protected readonly form = new FormGroup({
    fullName: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(200)],
    }),
    profession: new FormControl<Profession | null>(null, { validators: [Validators.required] }),
    licenses: new FormArray<LicenseForm>([]),
  });

  ngOnInit(): void {
    void this.load();
  }

  protected addLicense(): void {
    if (this.form.controls.licenses.length < MAX_LICENSES) {
      this.form.controls.licenses.push(licenseForm());
    }
  }

  protected removeLicense(index: number): void {
    this.form.controls.licenses.removeAt(index);
    this.form.markAsDirty();
  }

  protected async save(): Promise<void> {
    const { fullName, profession, licenses } = this.form.getRawValue();
    if (this.form.invalid || profession === null) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    const saved = await this.store.save({
      fullName: fullName.trim(),
      profession,
      licenses: licenses.map((l) => ({
        type: l.type.trim(),
        number: l.number.trim(),
        state: l.state,
      })),
    });
    const profile = this.store.profile();
    if (saved && profile) this.fill(profile);
  }

  private async load(): Promise<void> {
    await this.store.load();
    const profile = this.store.profile();
    if (profile) this.fill(profile);
  }

  private fill(profile: MeResponse): void {
    this.form.controls.licenses.clear();
    for (const license of profile.licenses) {
      this.form.controls.licenses.push(licenseForm(license));
    }
    this.form.patchValue({ fullName: profile.fullName, profession: profile.profession });
    this.form.markAsPristine();
  }
}
