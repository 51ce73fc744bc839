/** CE arithmetic (DOMAIN.md): one credit is 60 minutes of learning, recorded in quarter steps. */
export const MINUTES_PER_CREDIT = 60;
export const CREDIT_STEP = 0.25;

/** Rounds to the nearest quarter credit (halves round up). */
export function roundToQuarter(credits: number): number {
  return Math.round(credits / CREDIT_STEP + Number.EPSILON) * CREDIT_STEP;
}

/** Learning minutes → credits, to the nearest quarter. */
export function minutesToCredits(minutes: number): number {
  return roundToQuarter(minutes / MINUTES_PER_CREDIT);
}

/** True for 0.25, 0.5, 1.75, … (and not for 0.3 or negative amounts). */
export function isQuarterStep(credits: number): boolean {
  return (
    Number.isFinite(credits) &&
    credits >= 0 &&
    Number.isInteger(Math.round(credits * 1e9) / 1e9 / CREDIT_STEP)
  );
}
