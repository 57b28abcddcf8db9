/**
 * A small reproducible fuzzer: a seeded PRNG (mulberry32) and generators of hostile values,
 * JSON documents and byte strings. The same seed gives the same 10,000 cases on every run.
 */
export type Rng = () => number;

export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const int = (rng: Rng, n: number) => Math.floor(rng() * n);
export const pick = <T>(rng: Rng, items: readonly T[]): T => items[int(rng, items.length)]!;
export const chance = (rng: Rng, p: number) => rng() < p;

/** Strings that break naive code: markup, scripts, control and bidi characters, lookalikes, lone surrogates, huge runs. */
const NASTY = [
  "",
  " ",
  "0",
  "-1",
  "1e309",
  "NaN",
  "null",
  "true",
  "undefined",
  "__proto__",
  "constructor",
  "prototype",
  "<script>alert(1)</script>",
  "javascript:alert(1)",
  "\"><img src=x onerror=alert(1)>",
  "'; DROP TABLE users; --",
  "${{7*7}}",
  "{{constructor.constructor('return 1')()}}",
  "../../../../etc/passwd",
  "%2e%2e%2f%2e%2e%2f",
  "\u0000",
  "\u202Egnp.exe",
  "\u200B\u200C\u200D\uFEFF",
  "раураl.com",
  "\uD800",
  "\uDFFF\uD800",
  "😀👨‍👩‍👧‍👦🏳️‍🌈",
  "ﷺ",
  "\r\n\r\nX-Injected: 1",
  "P#other#CNV#x",
  "cnv_00000000000000000000000000",
  "usr_00000000000000000000000000",
  "+15555550100",
  "urn:li:organization:riverside4004",
  "riverside-page-2002",
  "2026-02-30",
  "9999-12-31T23:59:59.999Z",
];

export function nastyString(rng: Rng): string {
  // Mostly short values; now and then a long run (most fuzz cases must stay cheap for the server).
  const r = rng();
  if (r < 0.5) return pick(rng, NASTY);
  if (r < 0.7) return pick(rng, NASTY).repeat(1 + int(rng, 40));
  if (r < 0.73) return pick(rng, NASTY).repeat(1 + int(rng, 3_000));
  if (r < 0.83) return String.fromCharCode(...Array.from({ length: 1 + int(rng, 60) }, () => int(rng, 0xffff)));
  if (r < 0.85) return "a".repeat(int(rng, 70_000));
  return Math.abs(Math.floor(rng() * 1e9)).toString(36);
}

export function nastyNumber(rng: Rng): number {
  return pick(rng, [0, -1, 1, 0.5, -0.0, 2 ** 31, 2 ** 53, -(2 ** 53), 1e308, -1e308, Number.MIN_VALUE, 42]);
}

/** A random JSON value, up to `depth` levels; keys drawn from `keys` (the schema's own names) when given. */
export function randomJson(rng: Rng, depth: number, keys: string[] = []): unknown {
  const r = rng();
  if (depth <= 0 || r < 0.35) {
    const leaf = rng();
    if (leaf < 0.5) return nastyString(rng);
    if (leaf < 0.75) return nastyNumber(rng);
    if (leaf < 0.85) return chance(rng, 0.5);
    return null;
  }
  if (r < 0.55) return Array.from({ length: int(rng, 6) }, () => randomJson(rng, depth - 1, keys));
  const obj: Record<string, unknown> = {};
  for (let i = int(rng, 7); i >= 0; i--) {
    const key = keys.length && chance(rng, 0.75) ? pick(rng, keys) : nastyString(rng).slice(0, 40);
    obj[key] = randomJson(rng, depth - 1, keys);
  }
  return obj;
}

/** Mutates a valid JSON document: drops, retypes or replaces one value, or grafts random JSON into it. */
export function mutateJson(rng: Rng, doc: unknown, keys: string[] = []): unknown {
  const copy = JSON.parse(JSON.stringify(doc)) as unknown;
  const holders: Array<{ parent: Record<string, unknown> | unknown[]; key: string | number }> = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach((item, i) => (holders.push({ parent: v, key: i }), walk(item)));
    else if (v && typeof v === "object") for (const [k, item] of Object.entries(v)) holders.push({ parent: v as Record<string, unknown>, key: k }), walk(item);
  };
  walk(copy);
  const rounds = 1 + int(rng, 3);
  for (let i = 0; i < rounds && holders.length; i++) {
    const { parent, key } = pick(rng, holders);
    const op = rng();
    if (op < 0.25 && !Array.isArray(parent)) delete (parent as Record<string, unknown>)[key as string];
    else if (op < 0.7) (parent as Record<string | number, unknown>)[key] = randomJson(rng, 2, keys);
    else if (op < 0.85) (parent as Record<string | number, unknown>)[key] = nastyString(rng);
    else (parent as Record<string | number, unknown>)[key] = [randomJson(rng, 3, keys)];
  }
  return copy;
}

/** Raw bodies that are not JSON at all: truncated JSON, invalid UTF-8, binary, deep nesting. */
export function rawGarbage(rng: Rng, valid?: string): string | Uint8Array {
  const r = rng();
  if (valid && r < 0.25) return valid.slice(0, int(rng, valid.length));
  if (r < 0.4) return Buffer.from(Array.from({ length: int(rng, 4_000) }, () => int(rng, 256)));
  if (r < 0.5) return Buffer.concat([Buffer.from('{"a":"'), Buffer.from([0xc3, 0x28, 0xff, 0xed, 0xa0, 0x80]), Buffer.from('"}')]);
  if (r < 0.6) {
    const n = 1 + int(rng, 60_000);
    return `${"[".repeat(n)}${"]".repeat(chance(rng, 0.5) ? n : 0)}`;
  }
  if (r < 0.7) {
    const n = 1 + int(rng, 30_000);
    return `${'{"a":'.repeat(n)}1${"}".repeat(n)}`;
  }
  if (r < 0.8) return nastyString(rng);
  if (r < 0.9) return `${"a=1&".repeat(int(rng, 20_000))}`;
  return "";
}
