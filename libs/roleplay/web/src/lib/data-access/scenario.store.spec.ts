import { HttpEventType, HttpResponse } from '@angular/common/http';
import type { HttpEvent } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { CurriculumApi } from '@lms/curriculum/web';
import { Subject, of } from 'rxjs';
import {
  courseOutline,
  failWith,
  gradeResponse,
  roleplayResponse,
  submissionResponse,
  uploadEvents,
} from '../testing/roleplay-fixtures';
import type { SubmissionCreated } from './roleplay.api';
import { RoleplayApi } from './roleplay.api';
import { ScenarioStore } from './scenario.store';

describe('ScenarioStore', () => {
  const api = { getRoleplay: jest.fn(), mySubmissions: jest.fn(), submit: jest.fn() };
  const curriculum = { getCourse: jest.fn() };
  const draft = {
    transcript: 'Therapist: '.padEnd(60, 'x'),
    reflection: 'I rushed the plan, next time I slow down.',
    recording: null,
  };
  let store: ScenarioStore;

  beforeEach(() => {
    api.getRoleplay.mockReturnValue(of(roleplayResponse()));
    api.mySubmissions.mockReturnValue(of([]));
    api.submit.mockReturnValue(uploadEvents());
    curriculum.getCourse.mockReturnValue(of(courseOutline()));
    TestBed.configureTestingModule({
      providers: [
        ScenarioStore,
        { provide: RoleplayApi, useValue: api },
        { provide: CurriculumApi, useValue: curriculum },
      ],
    });
    store = TestBed.inject(ScenarioStore);
  });

  afterEach(() => {
    jest.clearAllMocks();
  });

  it('loads the role-play, the attempts and the course, open for a first attempt', async () => {
    await store.load('c1', 'r1');
    expect(api.getRoleplay).toHaveBeenCalledWith('r1');
    expect(api.mySubmissions).toHaveBeenCalledWith('r1');
    expect(store.roleplay()?.title).toBe('Screening a client who discloses a contraindication');
    expect(store.moduleTitle()).toBe('Medical safety and screening');
    expect(store.status()).toBe('open');
    expect(store.canSubmit()).toBe(true);
  });

  it.each([
    [{ passed: true }, [], 'passed', false],
    [{ locked: true }, [], 'locked', false],
    [{ pending: true }, [submissionResponse()], 'pending', false],
    [
      {},
      [submissionResponse({ status: 'graded', grade: gradeResponse({ outcome: 'revise' }) })],
      'revise',
      true,
    ],
    [{ graderNotes: 'Look for curiosity.' }, [], 'preview', false],
  ])('with %p and its attempts the status is %p', async (changes, submissions, status, open) => {
    api.getRoleplay.mockReturnValue(of(roleplayResponse(changes)));
    api.mySubmissions.mockReturnValue(of(submissions));
    await store.load('c1', 'r1');
    expect(store.status()).toBe(status);
    expect(store.canSubmit()).toBe(open);
  });

  it('uploads with progress, then shows the attempt waiting for a grade', async () => {
    await store.load('c1', 'r1');
    const events = new Subject<HttpEvent<SubmissionCreated>>();
    api.submit.mockReturnValue(events);
    const recording = new File([new Uint8Array(1000)], 'session.wav', { type: 'audio/wav' });

    const done = store.submit({ ...draft, recording });
    expect(api.submit).toHaveBeenCalledWith(
      'r1',
      { transcript: draft.transcript, reflection: draft.reflection },
      recording,
    );
    expect(store.uploading()).toBe(true);
    expect(store.uploadPercent()).toBe(0);
    events.next({ type: HttpEventType.UploadProgress, loaded: 420, total: 1000 });
    expect(store.uploadPercent()).toBe(42);

    api.getRoleplay.mockReturnValue(of(roleplayResponse({ pending: true })));
    api.mySubmissions.mockReturnValue(of([submissionResponse({ number: 1 })]));
    events.next(new HttpResponse({ status: 201, body: { id: 's1', status: 'submitted' } }));
    events.complete();
    await expect(done).resolves.toBe(true);
    expect(store.uploading()).toBe(false);
    expect(store.status()).toBe('pending');
    expect(store.submittedNumber()).toBe(1);
    expect(store.submissions()).toHaveLength(1);
  });

  it('explains a refusal and shows the role-play as it is now', async () => {
    await store.load('c1', 'r1');
    api.submit.mockReturnValue(failWith(409, 'SUBMISSION_PENDING'));
    api.getRoleplay.mockReturnValue(of(roleplayResponse({ pending: true })));
    await expect(store.submit(draft)).resolves.toBe(false);
    expect(store.submitErrors()).toEqual([
      'Your previous submission is still waiting for a grade. You can submit again once it is graded.',
    ]);
    await Promise.resolve();
    expect(store.status()).toBe('pending');
  });

  it.each([
    [413, 'PAYLOAD_TOO_LARGE', 'The recording is too large. Recordings can be up to 200 MB.'],
    [415, 'UNSUPPORTED_RECORDING_TYPE', 'That file is not a recording we can play.'],
    [400, 'VALIDATION_FAILED', 'Transcript must be at least 50 characters long'],
  ])('words a %i %s next to the form', async (status, code, message) => {
    await store.load('c1', 'r1');
    api.submit.mockReturnValue(
      failWith(status, code, 'transcript must be at least 50 characters long'),
    );
    await expect(store.submit(draft)).resolves.toBe(false);
    expect(store.submitErrors().join(' ')).toContain(message);
    expect(store.uploading()).toBe(false);
  });

  it('cancels an upload: nothing is submitted', async () => {
    await store.load('c1', 'r1');
    const events = new Subject<HttpEvent<SubmissionCreated>>();
    api.submit.mockReturnValue(events);
    const done = store.submit(draft);
    expect(events.observed).toBe(true);
    store.cancelUpload();
    await expect(done).resolves.toBe(false);
    expect(events.observed).toBe(false);
    expect(store.uploading()).toBe(false);
    expect(store.submitErrors()).toEqual(['Upload cancelled. Nothing was submitted.']);
  });

  it('does not submit what cannot be submitted', async () => {
    api.getRoleplay.mockReturnValue(of(roleplayResponse({ passed: true })));
    await store.load('c1', 'r1');
    await expect(store.submit(draft)).resolves.toBe(false);
    expect(api.submit).not.toHaveBeenCalled();
  });

  it.each([
    [403, 'NOT_ENROLLED', 'not-enrolled'],
    [404, 'ROLEPLAY_NOT_FOUND', 'not-found'],
  ])('explains why a role-play cannot open (%i %s)', async (status, code, blocked) => {
    api.getRoleplay.mockReturnValue(failWith(status, code));
    api.mySubmissions.mockReturnValue(failWith(status, code));
    await store.load('c1', 'r1');
    expect(store.roleplay()).toBeNull();
    expect(store.blocked()).toBe(blocked);
    expect(store.errors()).toEqual([]);
  });
});
