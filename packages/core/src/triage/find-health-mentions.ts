/**
 * Finds health terms that are tied to one specific person: the writer ("my
 * A1c", "I've had a cough"), someone they name ("my dad's foot", "a mi mama
 * le salio"), or a third person they describe ("she's been spotting").
 * A term is tied when a subject comes shortly before it in the same sentence,
 * with no reported speech between ("my aunt says sugar..." is a claim).
 */
import { HEALTH_TERMS, WELLNESS_TERMS, type HealthKind } from "./lexicon/health-lexicon.ts";
import {
  BARE_FIRST_PERSON,
  CASELOAD,
  OWN_SUBJECT,
  RELATION_SUBJECT,
  REPORTED_SPEECH,
  THIRD_SUBJECT,
} from "./lexicon/subject-lexicon.ts";
import { crossesSentence, isNegated, wordsBetween } from "./text-geometry.ts";

export type SubjectKind = "own" | "relation" | "third";
export type HealthMention = { kind: HealthKind; subject: SubjectKind };
/** relationWellness: a named person with a wellness topic ("my baby sleeps so much") is that person's case. */
export type HealthScan = { mentions: HealthMention[]; anyHealthTerm: boolean; relationWellness: boolean };

type Span = { start: number; end: number; kind: SubjectKind; bare: boolean };

// How many words may sit between a subject and the term it describes.
const REACH: Readonly<Record<SubjectKind, number>> = { own: 4, relation: 6, third: 4 };
const OF_BEFORE = /\b(de|of|for|para|a)\s$/;
const SELF_IN_TERM = /\b(me|my|mi)\b/;
const KINDS = Object.keys(HEALTH_TERMS) as HealthKind[];

function collect(pattern: RegExp, text: string, kind: SubjectKind, into: Span[]): void {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    into.push({ start: m.index, end: m.index + m[0].length, kind, bare: BARE_FIRST_PERSON.test(m[0]) });
  }
}

function reportedBetween(text: string, from: number, to: number): boolean {
  REPORTED_SPEECH.lastIndex = 0;
  return REPORTED_SPEECH.test(text.slice(from, to));
}

function subjectFor(text: string, spans: Span[], start: number, end: number): SubjectKind | undefined {
  let found: SubjectKind | undefined;
  for (const s of spans) {
    const before = s.end <= start && wordsBetween(text, s.end, start) <= REACH[s.kind];
    // "the sertraline I was started on": a first-person word right after the term.
    const after =
      s.start >= end &&
      ((s.kind === "own" && wordsBetween(text, end, s.start) === 0 && !s.bare) ||
        // "los resultados del ultrasonido de mi mama", "the results of my dad's scan"
        (s.kind === "relation" && OF_BEFORE.test(text.slice(Math.max(0, s.start - 5), s.start)) && wordsBetween(text, end, s.start) <= 3));
    if (!before && !after) continue;
    const [from, to] = before ? [s.end, start] : [end, s.start];
    if (crossesSentence(text, from, to) || reportedBetween(text, from, to)) continue;
    if (s.kind === "relation") return "relation";
    found ??= s.kind;
  }
  return found;
}

/** `ignoreBareFirstPerson`: for clinicians writing to peers, "I'm seeing more X" is not a disclosure. */
export function findHealthMentions(text: string, ignoreBareFirstPerson: boolean): HealthScan {
  const cleaned = text.replace(CASELOAD, "patients");
  const spans: Span[] = [];
  collect(RELATION_SUBJECT, cleaned, "relation", spans);
  collect(OWN_SUBJECT, cleaned, "own", spans);
  collect(THIRD_SUBJECT, cleaned, "third", spans);
  const usable = ignoreBareFirstPerson ? spans.filter((s) => !s.bare) : spans;
  const mentions: HealthMention[] = [];
  let anyHealthTerm = false;
  for (const kind of KINDS) {
    const pattern = HEALTH_TERMS[kind];
    pattern.lastIndex = 0;
    for (let m = pattern.exec(cleaned); m; m = pattern.exec(cleaned)) {
      const negated = isNegated(cleaned, m.index);
      if (!negated) anyHealthTerm = true;
      // Terms that carry their own first person ("se me cae", "me duele") need no subject nearby.
      const subject = SELF_IN_TERM.test(m[0]) ? "own" : subjectFor(cleaned, usable, m.index, m.index + m[0].length);
      // "no fever, just curious" is not a disclosure; "my son hasn't had his period" still is.
      if (subject && (!negated || subject === "relation")) mentions.push({ kind, subject });
    }
  }
  const relations = usable.filter((s) => s.kind === "relation");
  let relationWellness = false;
  WELLNESS_TERMS.lastIndex = 0;
  for (let m = WELLNESS_TERMS.exec(cleaned); m && !relationWellness; m = WELLNESS_TERMS.exec(cleaned)) {
    relationWellness = subjectFor(cleaned, relations, m.index, m.index + m[0].length) === "relation";
  }
  return { mentions, anyHealthTerm, relationWellness };
}
