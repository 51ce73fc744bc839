/** CSV that spreadsheets open safely (no formula injection) with CRLF line ends. */
export function toCsv(header: string[], rows: (string | number)[][]): string {
  const cell = (value: string | number): string => {
    const text = String(value);
    const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return `${[header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}
