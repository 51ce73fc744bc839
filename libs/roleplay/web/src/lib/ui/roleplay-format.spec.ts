import {
  charactersText,
  formatBytes,
  formatWaiting,
  isVideo,
  passMarkText,
  percentOf,
  scoreText,
} from './roleplay-format';

describe('roleplay formatting', () => {
  it.each([
    [0, 'less than a minute'],
    [1, '1 min'],
    [45, '45 min'],
    [60, '1 h'],
    [125, '2 h 5 min'],
    [24 * 60 - 1, '23 h 59 min'],
    [24 * 60, '1 day'],
    [3 * 24 * 60 + 700, '3 days'],
  ])('says %i minutes of waiting as "%s"', (minutes, text) => {
    expect(formatWaiting(minutes)).toBe(text);
  });

  it.each([
    [1, '1 byte'],
    [812, '812 bytes'],
    [4300, '4.2 KB'],
    [12.5 * 1024 * 1024, '12.5 MB'],
    [200 * 1024 * 1024, '200 MB'],
    [3 * 1024 * 1024 * 1024, '3 GB'],
  ])('says %i bytes as "%s"', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });

  it('announces the pass mark as a share of the rubric', () => {
    expect(passMarkText({ passingScore: 75, maxPoints: 20 })).toBe('75% of 20 points');
    expect(passMarkText({ passingScore: 70, maxPoints: 1 })).toBe('70% of 1 point');
  });

  it('rounds the percent as the API does and writes the score', () => {
    expect(percentOf(2, 3)).toBe(66.67);
    expect(percentOf(0, 0)).toBe(0);
    expect(scoreText(14, 20, 70)).toBe('14 / 20 points · 70%');
    expect(scoreText(5, 8, 62.5)).toBe('5 / 8 points · 62.5%');
  });

  it('counts characters against the limit', () => {
    expect(charactersText(1234, 100_000)).toBe('1,234 / 100,000 characters');
  });

  it('plays video types in a video element', () => {
    expect(isVideo('video/webm')).toBe(true);
    expect(isVideo('audio/wav')).toBe(false);
  });
});
