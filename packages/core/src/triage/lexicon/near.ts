/**
 * Co-occurrence fragments: a body site or substance and a state word within a
 * few words of each other, in either order, inside one sentence. Families
 * built this way ("throat" ~ "closing", "sangre" ~ "no para") cover wordings
 * no list of phrases anticipates.
 */
const GAP_WORD = "(?:[^ .!?;\\n]|\\.(?=\\d))+";

export function near(a: readonly string[], b: readonly string[], words = 4): string {
  const A = `(?:${a.join("|")})`;
  const B = `(?:${b.join("|")})`;
  const gap = `(?: ${GAP_WORD}){0,${words}} `;
  return `${A}${gap}${B}|${B}${gap}${A}`;
}

/** Same as near() but only in the order given: a, then b. */
// Not named `then`: a module exporting `then` is a thenable, and awaiting its import calls it.
export function nearInOrder(a: readonly string[], b: readonly string[], words = 4): string {
  return `(?:${a.join("|")})(?: ${GAP_WORD}){0,${words}} (?:${b.join("|")})`;
}
