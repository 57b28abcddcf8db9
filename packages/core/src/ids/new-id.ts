import { randomBytes } from "node:crypto";

const ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz"; // Crockford base32, lowercase

function encodeTime(ms: number): string {
  let out = "";
  for (let i = 0; i < 10; i++) {
    out = ALPHABET[ms % 32] + out;
    ms = Math.floor(ms / 32);
  }
  return out;
}

function encodeRandom(bytes: number): string {
  const buf = randomBytes(bytes);
  let out = "";
  for (const b of buf) out += ALPHABET[b % 32];
  return out;
}

/** Prefixed, time-sortable ids (`cnv_01h...`), ULID-like: 10 time chars then 16 random. */
export function newId(prefix: string, at: Date = new Date()): string {
  return `${prefix}_${encodeTime(at.getTime())}${encodeRandom(16)}`;
}

export type IdMaker = (prefix: string, at?: Date) => string;
