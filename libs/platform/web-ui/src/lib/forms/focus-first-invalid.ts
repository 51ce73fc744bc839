/**
 * Moves focus to the first invalid control inside `root` after a submit, so keyboard and
 * screen-reader users land on the field whose error was just revealed.
 */
export function focusFirstInvalid(root: HTMLElement): void {
  const control = root.querySelector<HTMLElement>(
    'input.ng-invalid, textarea.ng-invalid, mat-select.ng-invalid, [formControlName].ng-invalid',
  );
  control?.focus();
}
