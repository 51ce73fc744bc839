/**
 * A chart label broken into lines of at most `max` characters, at spaces (a longer word keeps
 * its own line), so that chart.js draws a long course title on several lines instead of
 * cutting it off at the canvas's edge.
 */
export function wrapLabel(label: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of label.split(/\s+/).filter((w) => w !== '')) {
    const last = lines.length - 1;
    const joined = last < 0 ? word : `${lines[last] ?? ''} ${word}`;
    if (last >= 0 && joined.length <= max) lines[last] = joined;
    else lines.push(word);
  }
  return lines.length === 0 ? [''] : lines;
}
