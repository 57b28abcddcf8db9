import { allMatches } from "./fold-text.ts";
import { findTerms } from "./medical-lexicon.ts";
import { looksLikePerson } from "./personal-names.ts";
import type { Finding, Rule, RuleInput } from "./violation.ts";

/**
 * identifiers: dates of birth, record/account numbers, the person's own phone,
 * email or street address, or a full name next to health details.
 * A phone, email or address counts as the person's when it also appears in the
 * message, or the reply files it as theirs ("we'll call you at", "updated to").
 * A practice number or address in a logistics reply is fine.
 */
const DATE = String.raw`\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d{2}`;
// A bare full date is read as a birth date only when its year is too early for a visit being discussed.
const BIRTH_DATE = String.raw`\d{1,2}[/.-]\d{1,2}[/.-](?:19\d{2}|200\d|201[0-8])`;
const DOB_RE = new RegExp(String.raw`\b(?:dob|d\.o\.b\.?|date of birth|born(?: on)?|birthday|fecha de nacimiento|nacid[oa](?: el)?|f\. ?nac\.?)\s*:?\s*${DATE}|\b${BIRTH_DATE}\b`, "g");
const RECORD_RE =
  /\b(?:mrn|medical record|record|chart|file|account|patient id|member id|policy|expediente|historia clinica|cuenta|poliza)(?:\s+(?:number|no\.?|num\.?|numero|#))?(?:\s+(?:is|es|de))?\s*[:#]?\s*#?\d[\d-]{4,}\b/g;
const PHONE_RE = /(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\b\d{3}[\s.-])?\b\d{3}[\s.-]\d{4}\b/g;
const EMAIL_RE = /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g;
const PERSONAL_EMAIL = /@(?:gmail|yahoo|hotmail|outlook|icloud|aol|live|msn|proton(?:mail)?)\./;
const ADDRESS_RE =
  /\b\d{1,5}\s+(?:[a-z]+\s+){1,2}(?:street|st|avenue|ave|lane|ln|road|rd|court|ct|drive|dr|boulevard|blvd|way|place|pl|circle|terrace)\b(?:,?\s*(?:apt|apartment|unit|#)\.?\s*\w+)?|\b(?:calle|avenida|av\.?|privada|camino)\s+[a-z]+(?:\s+[a-z]+)?\s+#?\d{1,5}(?:,?\s*(?:depto|departamento|int\.?|interior|apt)\.?\s*\w+)?/g;
const THEIRS_BEFORE = /(?:call you at|text you at|reach you at|your (?:number|phone|cell|address|email)|updated (?:to|with)|we have you at|le llamamos al|su (?:numero|telefono|celular|direccion|correo)|ya quedo:?|actualizamos|se la enviamos a|se lo enviamos a|sent (?:the \w+ )?to|reminders will go to|recordatorios al)\s*$/;
const RESIDENTIAL = /\b(?:apt|apartment|unit|depto|departamento|interior)\b/;
const HONORIFIC_NAME =
  /\b(?:Mr|Mrs|Ms|Miss|Mx|Sr|Sra|Srta|Don|Doña)\.?\s+[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+(?:\s+[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+)+/g;
const BARE_NAME = /(?<=\b(?:for|para|have|tenemos a|es para|paciente|patient)\s)[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+(?:\s+[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+){1,2}/g;

const digits = (s: string) => s.replace(/\D/g, "");

export const identifiers: Rule = (input) => {
  const { foldedReply: r, foldedMessage: msg, reply } = input;
  const out: Finding[] = [];
  const add = (start: number, end: number, what: string) =>
    out.push({ type: "identifiers", start, end, explanation: `Contains ${what} ('$TEXT'). Remove it; never post identifiers in public.` });

  for (const m of allMatches(DOB_RE, r)) add(m.index, m.index + m[0].length, "a date of birth");
  for (const m of allMatches(RECORD_RE, r)) add(m.index, m.index + m[0].length, "a record or account number");
  const messageDigits = allMatches(PHONE_RE, msg).map((m) => digits(m[0]).slice(-7));
  for (const m of allMatches(PHONE_RE, r)) {
    const own = messageDigits.includes(digits(m[0]).slice(-7)) || theirs(r, m.index);
    if (own) add(m.index, m.index + m[0].length, "the person's phone number");
  }
  for (const m of allMatches(EMAIL_RE, r)) {
    if (msg.includes(m[0]) || PERSONAL_EMAIL.test(m[0]) || theirs(r, m.index)) add(m.index, m.index + m[0].length, "the person's email");
  }
  for (const m of allMatches(ADDRESS_RE, r)) {
    if (msg.includes(m[0]) || RESIDENTIAL.test(m[0]) || theirs(r, m.index)) add(m.index, m.index + m[0].length, "the person's address");
  }
  out.push(...namesWithHealth(input, reply));
  return out;
};

function theirs(r: string, index: number): boolean {
  return THEIRS_BEFORE.test(r.slice(Math.max(0, index - 40), index));
}

/** A full name is an identifier when the same reply carries health details. */
function namesWithHealth({ foldedReply }: RuleInput, reply: string): Finding[] {
  if (findTerms(foldedReply).every((t) => t.kind === "body")) return [];
  const bareNames = allMatches(BARE_NAME, reply).filter((m) => looksLikePerson(m[0].split(/\s+/)));
  return [...allMatches(HONORIFIC_NAME, reply), ...bareNames].map((m) => ({
    type: "identifiers" as const,
    start: m.index,
    end: m.index + m[0].length,
    explanation: "Names '$TEXT' in full next to health details. Use no name in a public reply.",
  }));
}
