/**
 * Credentials typed as `name=value` lines (one per line), as each platform's section of the README
 * lists them. Blank lines are skipped; a line without "=" is an error naming its line number.
 */
export function parseCredentialLines(text: string): { credentials: Record<string, string> } | { error: string } {
  const credentials: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (const [i, raw] of lines.entries()) {
    const line = raw.trim();
    if (!line) continue;
    const eq = line.indexOf("=");
    if (eq <= 0) return { error: `Line ${i + 1} needs the form name=value.` };
    credentials[line.slice(0, eq).trim()] = line.slice(eq + 1).trim();
  }
  return { credentials };
}
