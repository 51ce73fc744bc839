import { TestBed } from '@angular/core/testing';
import { of } from 'rxjs';
import { CurriculumApi } from './curriculum.api';
import { HEARTBEAT_INTERVAL_MS, ReadingHeartbeat } from './reading-heartbeat';

describe('ReadingHeartbeat', () => {
  let visibility: DocumentVisibilityState;
  let recordActivity: jest.Mock;
  let heartbeat: ReadingHeartbeat;

  function setVisibility(state: DocumentVisibilityState): void {
    visibility = state;
    document.dispatchEvent(new Event('visibilitychange'));
  }

  beforeEach(() => {
    jest.useFakeTimers({ now: new Date('2026-01-05T10:00:00Z') });
    visibility = 'visible';
    jest.spyOn(document, 'visibilityState', 'get').mockImplementation(() => visibility);
    recordActivity = jest.fn(() => of(undefined));
    TestBed.configureTestingModule({
      providers: [ReadingHeartbeat, { provide: CurriculumApi, useValue: { recordActivity } }],
    });
    heartbeat = TestBed.inject(ReadingHeartbeat);
  });

  afterEach(() => {
    heartbeat.stop();
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  it('reports the seconds read every 30 s while the page is visible', () => {
    heartbeat.start('l1');
    jest.advanceTimersByTime(HEARTBEAT_INTERVAL_MS);
    expect(recordActivity).toHaveBeenLastCalledWith('l1', 30);
    jest.advanceTimersByTime(HEARTBEAT_INTERVAL_MS);
    expect(recordActivity).toHaveBeenCalledTimes(2);
    expect(recordActivity).toHaveBeenLastCalledWith('l1', 30);
  });

  it('does not count hidden time, and reports what was read when the page is hidden', () => {
    heartbeat.start('l1');
    jest.advanceTimersByTime(10_000);
    setVisibility('hidden');
    expect(recordActivity).toHaveBeenLastCalledWith('l1', 10);

    // Ticks while hidden send nothing.
    jest.advanceTimersByTime(5 * HEARTBEAT_INTERVAL_MS);
    expect(recordActivity).toHaveBeenCalledTimes(1);

    setVisibility('visible');
    jest.advanceTimersByTime(12_000);
    expect(heartbeat.takeUnreported()).toBe(12);
  });

  it('hands the unreported remainder to "complete" and starts counting again', () => {
    heartbeat.start('l1');
    jest.advanceTimersByTime(HEARTBEAT_INTERVAL_MS + 7_500);
    expect(recordActivity).toHaveBeenCalledWith('l1', 30);
    expect(heartbeat.takeUnreported()).toBe(7);
    // The half second left over is kept for the next report.
    jest.advanceTimersByTime(500);
    expect(heartbeat.takeUnreported()).toBe(1);
  });

  it('reports the rest when it stops, then stays silent', () => {
    heartbeat.start('l1');
    jest.advanceTimersByTime(20_000);
    heartbeat.stop();
    expect(recordActivity).toHaveBeenLastCalledWith('l1', 20);
    jest.advanceTimersByTime(10 * HEARTBEAT_INTERVAL_MS);
    setVisibility('hidden');
    expect(recordActivity).toHaveBeenCalledTimes(1);
    expect(heartbeat.takeUnreported()).toBe(0);
  });

  it('stops timing the previous lesson when the next one starts', () => {
    heartbeat.start('l1');
    jest.advanceTimersByTime(15_000);
    heartbeat.start('l2');
    expect(recordActivity).toHaveBeenLastCalledWith('l1', 15);
    jest.advanceTimersByTime(HEARTBEAT_INTERVAL_MS);
    expect(recordActivity).toHaveBeenLastCalledWith('l2', 30);
    expect(heartbeat.current).toBe('l2');
  });

  it('starts paused when the page opens in a background tab', () => {
    visibility = 'hidden';
    heartbeat.start('l1');
    jest.advanceTimersByTime(HEARTBEAT_INTERVAL_MS);
    expect(recordActivity).not.toHaveBeenCalled();
    setVisibility('visible');
    jest.advanceTimersByTime(HEARTBEAT_INTERVAL_MS);
    expect(recordActivity).toHaveBeenCalledWith('l1', 30);
  });

  it('stops when its injector is destroyed', () => {
    heartbeat.start('l1');
    jest.advanceTimersByTime(5_000);
    TestBed.resetTestingModule();
    expect(recordActivity).toHaveBeenLastCalledWith('l1', 5);
    expect(heartbeat.current).toBeNull();
  });
});
