import type { Routes } from '@angular/router';
import { Permission } from '@lms/shared/contracts';
import { AdminUsersPageComponent } from './feature-admin-users/admin-users-page.component';
import { ProfilePageComponent } from './feature-profile/profile-page.component';
import { RegisterPageComponent } from './feature-register/register-page.component';
import { SignInPageComponent } from './feature-sign-in/sign-in-page.component';
import { authGuard, guestGuard, roleGuard } from './guards/guards';

export const signInRoutes: Routes = [
  { path: '', component: SignInPageComponent, canActivate: [guestGuard], title: 'Sign in' },
];

export const registerRoutes: Routes = [
  {
    path: '',
    component: RegisterPageComponent,
    canActivate: [guestGuard],
    title: 'Create account',
  },
];

export const profileRoutes: Routes = [
  { path: '', component: ProfilePageComponent, canActivate: [authGuard], title: 'Profile' },
];

export const adminUsersRoutes: Routes = [
  {
    path: '',
    component: AdminUsersPageComponent,
    canActivate: [roleGuard(Permission.UserManage)],
    title: 'Users',
  },
];
