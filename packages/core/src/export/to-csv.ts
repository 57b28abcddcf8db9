export type CsvCell = string | number | boolean | null | undefined;

/**
 * RFC 4180 CSV: CRLF line ends, every field that holds a comma, quote, CR or LF quoted with
 * quotes doubled. A field starting with =, +, - or @ gets a leading apostrophe so a spreadsheet
 * shows it as text instead of running it as a formula (numbers are left alone).
 */
export function toCsv(header: string[], rows: CsvCell[][]): string {
  return [header, ...rows].map((r) => r.map(field).join(",")).join("\r\n") + "\r\n";
}

function field(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  let s = typeof value === "number" ? (Number.isFinite(value) ? String(value) : "") : String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** With a byte-order mark, so spreadsheet programs read the file as UTF-8. */
export const CSV_BOM = "\uFEFF";
