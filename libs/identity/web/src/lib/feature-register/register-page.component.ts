import { ChangeDetectionStrategy, Component, ElementRef, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { apiErrorMessages } from '@lms/platform/web';
import { AlertComponent, focusFirstInvalid } from '@lms/platform/web-ui';
import type { Profession } from '@lms/shared/contracts';
import {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  PROFESSIONS,
  PROFESSION_LABELS,
  landingPathFor,
} from '@lms/shared/contracts';
import { SessionStore } from '../data-access/session.store';

const FULL_NAME_MAX_LENGTH = 200;

@Component({
  selector: 'lms-register-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    AlertComponent,
  ],
  templateUrl: './register-page.component.html',
  styleUrl: '../auth-card.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RegisterPageComponent {
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly passwordMinLength = PASSWORD_MIN_LENGTH;
  protected readonly professions = PROFESSIONS.map((value) => ({
    value,
    label: PROFESSION_LABELS[value],
  }));

  protected readonly form = new FormGroup({
    fullName: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(FULL_NAME_MAX_LENGTH)],
    }),
    email: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.email],
    }),
    password: new FormControl('', {
      nonNullable: true,
      validators: [
        Validators.required,
        Validators.minLength(PASSWORD_MIN_LENGTH),
        Validators.maxLength(PASSWORD_MAX_LENGTH),
      ],
    }),
    profession: new FormControl<Profession | null>(null, { validators: [Validators.required] }),
  });
  protected readonly pending = signal(false);
  protected readonly errors = signal<readonly string[]>([]);

  protected async register(): Promise<void> {
    if (this.pending()) return;
    const { fullName, email, password, profession } = this.form.getRawValue();
    if (this.form.invalid || profession === null) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    this.pending.set(true);
    this.errors.set([]);
    try {
      const user = await this.session.register({
        fullName: fullName.trim(),
        email: email.trim(),
        password,
        profession,
      });
      await this.router.navigateByUrl(landingPathFor(user.roles));
    } catch (error: unknown) {
      this.errors.set(apiErrorMessages(error));
    } finally {
      this.pending.set(false);
    }
  }
}
