// A secondary entry point: lazy feature libraries import the confirm dialog from
// `@lms/platform/web-ui/confirm-dialog`, so MatDialog stays out of the eagerly loaded barrel.
export * from './lib/confirm-dialog/confirm-dialog.component';
