export * from './lib/page-header/page-header.component';
export * from './lib/skip-link/skip-link.component';
export * from './lib/empty-state/empty-state.component';
export * from './lib/alert/alert.component';
export * from './lib/status-notice/status-notice.component';
export * from './lib/icons/icons';
export * from './lib/forms/focus-first-invalid';
