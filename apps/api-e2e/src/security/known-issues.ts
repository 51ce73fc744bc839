/**
 * Bugs the security suites found and the lead has not fixed yet. Each entry lets exactly the
 * observed wrong behaviour pass, so the suites stay green while the issue stays visible (it is
 * printed on every run). When the API is fixed, the suite fails with "fixed: remove
 * KNOWN_ISSUES.<key>" so the entry cannot outlive the bug.
 */
import type { ActorName } from './world';

export interface KnownIssue {
  /** `METHOD /api/path/:param` as in the authorization table. */
  route: string;
  /** Authorization matrix: the actor whose status is wrong (omit for fuzz findings). */
  actor?: ActorName;
  /** The status the API answers today. */
  observed: number;
  /** What it should answer. */
  expected: string;
  summary: string;
}

/**
 * Authorization findings. Fixed since they were found (commit 1207a9e), and now plain
 * assertions of the matrix: quiz keys, attempts and grader notes were served to every
 * instructor; a deleted account's access token kept working until it expired.
 */
export const KNOWN_ISSUES: Record<string, KnownIssue> = {};

export function knownIssueFor(route: string, actor: ActorName, status: number): string | null {
  const entry = Object.entries(KNOWN_ISSUES).find(
    ([, issue]) => issue.route === route && issue.actor === actor && issue.observed === status,
  );
  return entry ? entry[0] : null;
}

/**
 * For a known issue checked by a pinned case: passes while the issue is present and fails,
 * asking for the entry to be removed, once it is fixed.
 */
export function stillPresent(
  key: string,
  present: boolean,
  registry: Record<string, { summary: string } | undefined> = KNOWN_ISSUES,
): void {
  if (!(key in registry)) throw new Error(`no known issue ${key}`);
  if (!present) throw new Error(`fixed: remove KNOWN_ISSUES.${key} from known-issues.ts`);
  console.warn(`KNOWN_ISSUES.${key} (still present): ${registry[key]?.summary ?? ''}`);
}

export function knownIssuesOf(route: string, actor: ActorName): string[] {
  return Object.entries(KNOWN_ISSUES)
    .filter(([, issue]) => issue.route === route && issue.actor === actor)
    .map(([key]) => key);
}

/** What the fuzzer saw: the route, the case, the request as text, the answer. */
export interface FuzzObservation {
  route: string;
  label: string;
  request: string;
  status: number;
  response: string;
}

/** A bug the fuzzer finds: which answers it explains (they are tolerated and counted). */
export interface FuzzKnownIssue {
  summary: string;
  matches(o: FuzzObservation): boolean;
}

/**
 * Input bugs the fuzzer found — all fixed (input guard: NUL, lone surrogates, nesting deeper
 * than 32, prototype-named keys; strict ISO dates; offset bound; null for optional fields;
 * objects required in nested arrays; rubric required; validityMonths required). Their cases
 * are pinned as regression tests in fuzz.e2e-spec.ts. New findings go here until fixed.
 */
export const FUZZ_KNOWN_ISSUES: Record<string, FuzzKnownIssue> = {};
