import { HttpEventType, HttpResponse } from '@angular/common/http';
import type { HttpEvent } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { Subject, of } from 'rxjs';
import type { SubmissionCreated } from '../data-access/roleplay.api';
import {
  courseOutline,
  failWith,
  gradeResponse,
  roleplayResponse,
  submissionResponse,
} from '../testing/roleplay-fixtures';
import {
  buttonNamed,
  configurePages,
  linkNamed,
  openPage,
  settle,
  text,
  typeInto,
} from '../testing/page-harness';

const TRANSCRIPT = 'Therapist: Tell me more about the readings you have had lately. '.repeat(2);
const REFLECTION = 'I explained before I explored; next time I ask first.';

/** Puts a file into the recording picker as the browser would. */
function chooseFile(root: HTMLElement, file: File): void {
  const input = root.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error('no file input');
  const files = { 0: file, length: 1, item: (i: number) => (i === 0 ? file : null) };
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  input.dispatchEvent(new Event('change'));
}

function fill(root: HTMLElement): void {
  const transcript = root.querySelector<HTMLTextAreaElement>('[data-testid="transcript"]');
  const reflection = root.querySelector<HTMLTextAreaElement>('[data-testid="reflection"]');
  if (!transcript || !reflection) throw new Error('no form');
  typeInto(transcript, TRANSCRIPT);
  typeInto(reflection, REFLECTION);
}

describe('ScenarioPageComponent', () => {
  const api = { getRoleplay: jest.fn(), mySubmissions: jest.fn(), submit: jest.fn() };
  const curriculum = { getCourse: jest.fn() };
  const url = '/courses/c1/roleplays/r1';

  beforeEach(() => {
    api.getRoleplay.mockReturnValue(of(roleplayResponse()));
    api.mySubmissions.mockReturnValue(of([]));
    curriculum.getCourse.mockReturnValue(of(courseOutline()));
  });

  afterEach(() => {
    TestBed.resetTestingModule();
    jest.clearAllMocks();
  });

  it('shows the situation, the task and the rubric with its pass mark up front', async () => {
    configurePages(api, curriculum);
    const { root } = await openPage(url);
    expect(root.querySelectorAll('h1')).toHaveLength(1);
    expect(text(root.querySelector('h1'))).toBe(
      'Screening a client who discloses a contraindication',
    );
    expect(text(root)).toContain('Dana, 51, mentions that her blood pressure "runs high".');
    expect(text(root)).toContain('Explore the history and agree next steps.');
    expect(text(root.querySelector('[data-testid="rubric-pass-mark"]'))).toBe(
      'Pass mark: 75% of 4 points',
    );
    const levels = Array.from(root.querySelectorAll('lms-rubric .level')).map(text);
    expect(levels).toEqual([
      'Not yet: 0 points',
      'Developing: 1 point',
      'Proficient: 2 points',
      'Not yet: 0 points',
      'Developing: 1 point',
      'Proficient: 2 points',
    ]);
    expect(text(root.querySelector('[data-testid="roleplay-status"]'))).toContain(
      'Not submitted yet.',
    );
    expect(text(root.querySelector('nav'))).toContain(
      'Foundations of Ketamine-Assisted Psychotherapy',
    );
    expect(linkNamed(root, 'Back to the course outline')?.getAttribute('href')).toBe('/courses/c1');
  });

  it('checks the texts before sending anything', async () => {
    configurePages(api, curriculum);
    const { harness, root } = await openPage(url);
    const transcript = root.querySelector<HTMLTextAreaElement>('[data-testid="transcript"]');
    if (!transcript) throw new Error('no transcript');
    typeInto(transcript, 'Too short.');
    buttonNamed(root, 'Submit for grading').click();
    await settle(harness);
    expect(api.submit).not.toHaveBeenCalled();
    expect(text(root)).toContain('The transcript needs at least 50 characters (now 10).');
    expect(text(root)).toContain('Write a short reflection on how the session went.');
    expect(document.activeElement).toBe(transcript);
  });

  it('uploads a recording with a labelled progress bar, then waits for a grade', async () => {
    configurePages(api, curriculum);
    const events = new Subject<HttpEvent<SubmissionCreated>>();
    api.submit.mockReturnValue(events);
    const { harness, root } = await openPage(url);
    fill(root);
    const recording = new File([new Uint8Array(2048)], 'session.wav', { type: 'audio/wav' });
    chooseFile(root, recording);
    await settle(harness);
    expect(text(root.querySelector('[data-testid="recording-file"]'))).toBe('session.wav (2 KB)');

    buttonNamed(root, 'Submit for grading').click();
    await settle(harness);
    expect(api.submit).toHaveBeenCalledWith(
      'r1',
      { transcript: TRANSCRIPT, reflection: REFLECTION },
      recording,
    );
    events.next({ type: HttpEventType.UploadProgress, loaded: 1024, total: 2048 });
    await settle(harness);
    const bar = root.querySelector('mat-progress-bar');
    expect(bar?.getAttribute('aria-label')).toBe('Uploading your submission');
    expect(bar?.getAttribute('aria-valuenow')).toBe('50');
    expect(text(root.querySelector('[data-testid="upload-progress"]'))).toContain('Uploading… 50%');
    expect(text(root.querySelector('[data-testid="upload-announcer"]'))).toBe('Uploading, 50%.');
    expect(buttonNamed(root, 'Submitting…').disabled).toBe(true);

    api.getRoleplay.mockReturnValue(of(roleplayResponse({ pending: true })));
    api.mySubmissions.mockReturnValue(of([submissionResponse()]));
    events.next(new HttpResponse({ status: 201, body: { id: 's1', status: 'submitted' } }));
    events.complete();
    await settle(harness, () => root.querySelector('lms-submission-form') === null);
    expect(text(root.querySelector('[data-testid="roleplay-status"]'))).toContain(
      'Waiting for a grade.',
    );
    expect(text(root)).toContain('Attempt 1 submitted. It is waiting for a grade');
    expect(root.querySelector('lms-submission-form')).toBeNull();
  });

  it('refuses a recording over 200 MB before uploading', async () => {
    configurePages(api, curriculum);
    const { harness, root } = await openPage(url);
    const huge = new File(['x'], 'long.mp4', { type: 'video/mp4' });
    Object.defineProperty(huge, 'size', { value: 201 * 1024 * 1024 });
    chooseFile(root, huge);
    await settle(harness);
    expect(text(root.querySelector('.recording [role="alert"]'))).toBe(
      'The recording is too large (201 MB). Recordings can be up to 200 MB.',
    );
    expect(root.querySelector('[data-testid="recording-file"]')).toBeNull();
  });

  it('shows the API’s refusal next to the form', async () => {
    configurePages(api, curriculum);
    api.submit.mockReturnValue(failWith(415, 'UNSUPPORTED_RECORDING_TYPE'));
    const { harness, root } = await openPage(url);
    fill(root);
    buttonNamed(root, 'Submit for grading').click();
    await settle(harness, () => text(root.querySelector('lms-alert [role="alert"]')) !== '');
    expect(text(root.querySelector('lms-submission-form lms-alert [role="alert"]'))).toContain(
      'That file is not a recording we can play.',
    );
    expect(buttonNamed(root, 'Submit for grading').disabled).toBe(false);
  });

  it('shows the feedback of a "revise" and offers the form again', async () => {
    configurePages(api, curriculum);
    api.mySubmissions.mockReturnValue(
      of([
        submissionResponse({
          status: 'graded',
          grade: gradeResponse(),
          recording: { contentType: 'video/webm', sizeBytes: 5_000_000, url: '/rec/s1?sig=x' },
        }),
      ]),
    );
    const { root } = await openPage(url);
    expect(text(root.querySelector('[data-testid="roleplay-status"]'))).toContain(
      'Revise and resubmit.',
    );
    const attempt = root.querySelector('[data-testid="attempt"]');
    expect(text(attempt?.querySelector('h3'))).toBe('Attempt 1');
    const outcome = text(attempt?.querySelector('[data-testid="grade-outcome"]'));
    expect(outcome).toMatch(/^Revise and resubmit\s*· 3 \/ 4 points · 75%$/);
    const rows = Array.from(attempt?.querySelectorAll('.grade__criterion') ?? []).map((row) => [
      text(row.querySelector('dt')),
      text(row.querySelector('dd')),
    ]);
    expect(rows).toEqual([
      ['Explores the disclosure', 'Developing · 1 pointAsk about readings.'],
      ['Agrees next steps', 'Proficient · 2 points'],
    ]);
    expect(text(attempt?.querySelector('[data-testid="grade-feedback"]'))).toBe(
      'Good start. Explore the history before explaining.',
    );
    expect(text(attempt)).toContain('Graded by Dr. Samira Okafor');
    const video = attempt?.querySelector('video');
    expect(video?.getAttribute('src')).toBe('/rec/s1?sig=x');
    expect(video?.getAttribute('aria-label')).toBe('Recording of attempt 1');
    expect(text(root.querySelector('#submit-heading'))).toBe('Submit a new attempt');
    expect(root.querySelector('lms-submission-form')).not.toBeNull();
  });

  it('offers no form once passed', async () => {
    configurePages(api, curriculum);
    api.getRoleplay.mockReturnValue(of(roleplayResponse({ passed: true })));
    api.mySubmissions.mockReturnValue(
      of([submissionResponse({ status: 'graded', grade: gradeResponse({ outcome: 'pass' }) })]),
    );
    const { root } = await openPage(url);
    expect(text(root.querySelector('[data-testid="roleplay-status"]'))).toContain('Passed.');
    expect(text(root.querySelector('[data-testid="grade-outcome"]'))).toContain('Passed');
    expect(root.querySelector('lms-submission-form')).toBeNull();
  });

  it('shows staff a preview with the grader notes and no form', async () => {
    configurePages(api, curriculum, { canLearn: false });
    api.getRoleplay.mockReturnValue(of(roleplayResponse({ graderNotes: 'Look for curiosity.' })));
    curriculum.getCourse.mockReturnValue(of(courseOutline({ enrolled: false, canEdit: true })));
    const { root } = await openPage(url);
    expect(text(root.querySelector('[data-testid="roleplay-status"]'))).toContain('Preview.');
    expect(text(root)).toContain('Look for curiosity.');
    expect(root.querySelector('lms-submission-form')).toBeNull();
  });

  it('asks a trainee who is not enrolled to enroll', async () => {
    configurePages(api, curriculum);
    api.getRoleplay.mockReturnValue(failWith(403, 'NOT_ENROLLED'));
    const { root } = await openPage(url);
    expect(text(root.querySelector('h1'))).toBe('Enroll to practise this role-play');
    expect(linkNamed(root, 'Go to the course outline')?.getAttribute('href')).toBe('/courses/c1');
  });
});
