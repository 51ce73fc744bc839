import { ChangeDetectionStrategy, Component, ElementRef, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { apiErrorMessages } from '@lms/platform/web';
import { AlertComponent, focusFirstInvalid } from '@lms/platform/web-ui';
import { landingPathFor } from '@lms/shared/contracts';
import { safeReturnUrl } from '../data-access/return-url';
import { SessionStore } from '../data-access/session.store';

@Component({
  selector: 'lms-sign-in-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    AlertComponent,
  ],
  templateUrl: './sign-in-page.component.html',
  styleUrl: '../auth-card.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SignInPageComponent {
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly form = new FormGroup({
    email: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.email],
    }),
    password: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });
  protected readonly pending = signal(false);
  protected readonly errors = signal<readonly string[]>([]);

  protected async signIn(): Promise<void> {
    if (this.pending()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    this.pending.set(true);
    this.errors.set([]);
    try {
      const user = await this.session.signIn(this.form.getRawValue());
      const returnUrl = safeReturnUrl(this.route.snapshot.queryParamMap.get('returnUrl'));
      await this.router.navigateByUrl(returnUrl ?? landingPathFor(user.roles));
    } catch (error: unknown) {
      this.errors.set(
        apiErrorMessages(error, {
          401: 'The email or password is incorrect. Check them and try again.',
        }),
      );
    } finally {
      this.pending.set(false);
    }
  }
}
