/**
 * Features for the nudge model, read from normalised text (normalise-text.ts):
 * word unigrams, word bigrams and character 4-grams of each word padded with
 * spaces (" pech", "echi", "ito "), so stems, diminutives, conjugations and
 * typos share features with the words they vary. Each feature is hashed
 * (FNV-1a, 32 bit) into BUCKETS slots; no strings are built per n-gram.
 * Shared by the offline trainer and the runtime, so both see the same ids.
 */
export const BUCKET_BITS = 16;
export const BUCKETS = 1 << BUCKET_BITS;
const MASK = BUCKETS - 1;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const WORD_SEED = 0x9e3779b9;
const BIGRAM_SEED = 0x85ebca6b;
const CHAR_SEED = 0xc2b2ae35;

function mix(hash: number, code: number): number {
  return Math.imul(hash ^ code, FNV_PRIME) >>> 0;
}

function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 241; // a-z, 0-9, ñ
}

/**
 * Calls `emit` once per distinct-or-repeated feature id. Tokens are runs of
 * a-z, 0-9 and ñ; "?" becomes its own token because questions matter.
 */
export function forEachFeature(text: string, emit: (id: number) => void): void {
  let prevWordHash = 0;
  let hasPrev = false;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 63) {
      // "?"
      const h = mix(mix(FNV_OFFSET, WORD_SEED), 63);
      emit(h & MASK);
      prevWordHash = h;
      hasPrev = true;
      i++;
      continue;
    }
    if (!isWordChar(c)) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isWordChar(text.charCodeAt(i))) i++;
    const end = i;
    // Word unigram.
    let wh = mix(FNV_OFFSET, WORD_SEED);
    for (let k = start; k < end; k++) wh = mix(wh, text.charCodeAt(k));
    emit(wh & MASK);
    // Bigram with the previous token.
    if (hasPrev) emit(mix(mix(prevWordHash, BIGRAM_SEED), wh) & MASK);
    prevWordHash = wh;
    hasPrev = true;
    // Character 4-grams of " word ": positions -1 .. end, where -1 and end are spaces.
    const len = end - start;
    if (len >= 2) {
      for (let g = start - 1; g + 4 <= end + 1; g++) {
        let ch = mix(FNV_OFFSET, CHAR_SEED);
        for (let k = g; k < g + 4; k++) ch = mix(ch, k < start || k >= end ? 32 : text.charCodeAt(k));
        emit(ch & MASK);
      }
    }
  }
}

