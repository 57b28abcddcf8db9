/**
 * Lower-cases and strips Spanish/Latin accents WITHOUT changing the string's
 * length, so an offset found in the folded text is the same offset in the
 * original. Rules match folded text and report spans on the original.
 */
const ACCENTS: Record<string, string> = {
  á: "a", à: "a", â: "a", ä: "a", é: "e", è: "e", ê: "e", ë: "e", í: "i", ì: "i", î: "i", ï: "i",
  ó: "o", ò: "o", ô: "o", ö: "o", ú: "u", ù: "u", û: "u", ü: "u", ñ: "n", ç: "c",
  "’": "'", "‘": "'", "´": "'",
};
const ACCENT_RE = /[áàâäéèêëíìîïóòôöúùûüñç’‘´]/g;

export function foldText(text: string): string {
  let lower = text.toLowerCase();
  // A few code points change length when lower-cased (e.g. "İ"); fall back per character.
  if (lower.length !== text.length) {
    lower = Array.from(text, (ch) => {
      const l = ch.toLowerCase();
      return l.length === ch.length ? l : ch;
    }).join("");
  }
  return lower.replace(ACCENT_RE, (ch) => ACCENTS[ch] ?? ch);
}

/** Start and end offsets of the sentence that contains `index`. */
export function sentenceAround(text: string, index: number): [number, number] {
  let start = index;
  while (start > 0 && !isBoundary(text, start - 1)) start--;
  let end = index;
  while (end < text.length && !isBoundary(text, end)) end++;
  return [start, end];
}

/** A sentence ends at . ! ? followed by a space or the end ("6.1" and "Dr. Lee" mostly survive), or at ¡ ¿ or a newline. */
function isBoundary(text: string, i: number): boolean {
  const ch = text[i]!;
  if (ch === "\n" || ch === "¡" || ch === "¿") return true;
  if (ch !== "." && ch !== "!" && ch !== "?") return false;
  if (ch === "." && /\b(?:dr|dra|mr|mrs|ms|sr|sra|srta|st|no)$/i.test(text.slice(Math.max(0, i - 4), i))) return false;
  const next = text[i + 1];
  return next === undefined || next === " " || next === "\n";
}

/** Runs a global regex over `text` and returns each match (the regex must have the g flag). */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  re.lastIndex = 0;
  const out: RegExpExecArray[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}
