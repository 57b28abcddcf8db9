/**
 * Lexicons are lists of regex fragments written against normalised text
 * (see normalise-text.ts). They are compiled once, at module load, into one
 * alternation each, so a message is scanned a fixed number of times.
 */
export function anyOf(fragments: readonly string[], flags = "g"): RegExp {
  return new RegExp(`\\b(?:${fragments.join("|")})\\b`, flags);
}

/** A group of fragments that share the short, human reason reported when one matches. */
export type ReasonedPattern = { readonly reason: string; readonly pattern: RegExp };

export function reasoned(reason: string, fragments: readonly string[]): ReasonedPattern {
  return { reason, pattern: anyOf(fragments) };
}
