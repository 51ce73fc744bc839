import { provideHttpClient, withInterceptors } from '@angular/common/http';
import type { ApplicationConfig } from '@angular/core';
import { provideBrowserGlobalErrorListeners, provideZonelessChangeDetection } from '@angular/core';
import { TitleStrategy, provideRouter, withInMemoryScrolling } from '@angular/router';
import { provideIdentity } from '@lms/identity/web';
import { authInterceptor } from '@lms/platform/web';
import { provideLmsIcons } from '@lms/platform/web-ui';
import { appRoutes } from './app.routes';
import { ThresholdTitleStrategy } from './title.strategy';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideHttpClient(withInterceptors([authInterceptor])),
    provideRouter(appRoutes, withInMemoryScrolling({ scrollPositionRestoration: 'top' })),
    { provide: TitleStrategy, useClass: ThresholdTitleStrategy },
    provideLmsIcons(),
    provideIdentity(),
  ],
};
