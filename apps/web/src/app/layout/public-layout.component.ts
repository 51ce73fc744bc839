import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { SkipLinkComponent } from '@lms/platform/web-ui';
import { BrandComponent } from './brand.component';

/** Layout of the signed-out pages: sign in, registration, not found. */
@Component({
  selector: 'lms-public-layout',
  imports: [RouterOutlet, BrandComponent, SkipLinkComponent],
  templateUrl: './public-layout.component.html',
  styleUrl: './public-layout.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PublicLayoutComponent {}
