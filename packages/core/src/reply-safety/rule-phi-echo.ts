import { allMatches, sentenceAround } from "./fold-text.ts";
import { findTerms, type TermHit } from "./medical-lexicon.ts";
import { SERVICE_SENTENCE } from "./service-sentence.ts";
import type { Finding, Rule, RuleInput } from "./violation.ts";

/**
 * phi_echo: the reply repeats health details of a specific person.
 *  1. Echo: a health term (or a lab value) from a message about someone's own
 *     case comes back in the reply, even inside a general answer ("Hair loss
 *     is common with lupus" to "my friend has lupus").
 *  2. Attribution: the reply ties a health term to the person, whatever the
 *     message said: "your blood pressure", "su tiroides", "you're cancer-free",
 *     "glad the epidural went well".
 * An education answer to an education question may name its topic freely.
 */
const FIRST_PERSON =
  /\b(?:i|i'm|im|i've|i'd|me|my|mine|we|our|mi|mis|me|tengo|estoy|estuve|nuestro|nuestra)\b|\b(?:son|daughter|mom|mother|dad|father|husband|wife|friend|baby|kid|toddler|grandma|grandpa|hijo|hija|mama|papa|esposo|esposa|bebe|abuela|abuelo|amigo|amiga)\b/;

// Names of services that mention a health word but are emergency guidance, not a detail.
const RESOURCES =
  /suicide (?:and|&) crisis lifeline|linea (?:de prevencion )?del suicidio(?: y crisis)?|poison control|control de envenenamientos|988 lifeline/g;

// "give her some ibuprofen": "her" after a verb is an object, not a possessive.
const POSSESSIVE_BEFORE = /(?<!\b(?:give|tell|have|let|make|ask|help|bring|take|send|get)\s)\b(?:your|his|her|their|su|sus|tu|tus)\s+(?:[\w'-]+\s+){0,2}$/;
const OWN_OR_IF = /\b(?:your own|su propi[ao]|tu propi[ao]|if|si(?![,.!]))\b[^.!?]{0,40}$/;
const YOU_HAVE_BEFORE = /\b(?:you're|you are|you were|you've|you have|you had|you got|you've been on|tiene usted|usted tiene)\s+(?:[\w-]+\s+){0,3}$/;
const WELL_WISHING =
  /\b(?:glad|so happy|happy to hear|hope|hoping|wishing|congrat\w*|felicidades|nos alegra|se alegra|que siga|espero|esperamos que|recovery|recuperacion|sorry|so hard|lamentamos|lamento|sentimos|siento mucho|que pena)\b/;

const RELATIVE =
  "son|daughter|child|kid|kids|baby|toddler|boy|girl|husband|wife|partner|mom|mother|dad|father|parents?|grandma|grandmother|grandpa|grandfather|brother|sister|friend|hijos?|hijas?|nin[oa]s?|bebe|nene|nena|esposo|esposa|pareja|mama|madre|papa|padre|abuel[oa]|herman[oa]|amig[oa]";
// "your son's ADHD", "your husband's new diagnosis": the term belongs to a relative of the reader.
const RELATIVE_BEFORE = new RegExp(`\\b(?:your|tu|su) (?:little |youngest |oldest |new )?(?:${RELATIVE})'s\\s+(?:[\\w'-]+\\s+){0,2}$`);
// "el diagnóstico de su esposo", "a positive biopsy for your mother".
const RELATIVE_AFTER = new RegExp(`^(?:\\s+[\\w'-]+){0,2}?\\s+(?:de|del|of|for|in) (?:su|sus|tu|tus|your) (?:${RELATIVE})\\b`);

const VALUE_RE = /(?<![\w:-])\d{1,3}(?:[.,]\d+|\/\d{2,3})?(?![\w:-])/g;

export const phiEcho: Rule = (input) => {
  RESOURCES.lastIndex = 0;
  const reply = RESOURCES.test(input.foldedReply) ? input.foldedReply.replace(RESOURCES, (s) => " ".repeat(s.length)) : input.foldedReply;
  const personal = isAboutOwnCase(input);
  const replyTerms = findTerms(reply);
  // The message's terms matter only for an echo: a message about their own case and a term in the reply.
  const messageTerms = new Set(
    personal && replyTerms.length > 0
      ? findTerms(input.foldedMessage)
          .filter((h) => !isPrevention(input.foldedMessage, h))
          .map((h) => h.canonical)
      : [],
  );
  const out: Finding[] = [];
  for (const hit of replyTerms) {
    const why = reason(hit, reply, input, personal, messageTerms);
    if (why) out.push({ type: "phi_echo", start: hit.start, end: hit.end, explanation: why });
  }
  if (personal) out.push(...valueEchoes(input.foldedMessage, reply));
  return out;
};

function reason(hit: TermHit, reply: string, input: RuleInput, personal: boolean, messageTerms: Set<string>) {
  const before = reply.slice(Math.max(0, hit.start - 60), hit.start);
  const after = reply.slice(hit.end, hit.end + 40);
  const education = input.category === "education";
  const specific = hit.kind !== "body" && hit.kind !== "care";
  if (specific && personal && messageTerms.has(hit.canonical) && !offeredService(hit, reply, input)) {
    return "Repeats '$TEXT' from the message, a health detail of this person. Leave it out and redirect to a private channel.";
  }
  if (OWN_OR_IF.test(before)) return null;
  if (hit.kind !== "body" && (RELATIVE_BEFORE.test(before) || RELATIVE_AFTER.test(after))) {
    return "Ties '$TEXT' to someone close to the writer, which discloses their health details. Remove it.";
  }
  if (specific && (POSSESSIVE_BEFORE.test(before) || YOU_HAVE_BEFORE.test(before))) {
    return "Ties '$TEXT' to this person, which discloses their health details. Remove it.";
  }
  if (specific && !education) {
    const [s, e] = sentenceAround(reply, hit.start);
    if (WELL_WISHING.test(reply.slice(s, e))) {
      return "Mentions '$TEXT' while addressing this person, which discloses their care. Thank or wish them well without the detail.";
    }
  }
  return null;
}

// "a flu shot", "vacuna contra la gripe": the disease a vaccine prevents is not the writer's condition.
const PREVENTION_BEFORE = /\b(?:contra|against|for|para|de)\s+(?:la\s+|el\s+|the\s+)?$/;
const PREVENTION_AFTER = /^\s*(?:shots?|vaccines?|jabs?|boosters?|vacunas?)\b/;
const VACCINE_NEAR = /\b(?:vaccin\w*|shots?|jabs?|boosters?|vacun\w*|immuniz\w*|inmuniz\w*)\b/;

function isPrevention(message: string, hit: TermHit): boolean {
  if (PREVENTION_AFTER.test(message.slice(hit.end, hit.end + 12))) return true;
  const before = message.slice(Math.max(0, hit.start - 30), hit.start);
  return PREVENTION_BEFORE.test(before) && VACCINE_NEAR.test(before);
}

/** A procedure named in a logistics reply's sentence about what we offer ("flu shots are available") names the service. */
function offeredService(hit: TermHit, reply: string, input: RuleInput): boolean {
  if (input.category !== "logistics" || hit.kind !== "procedure") return false;
  const [s, e] = sentenceAround(reply, hit.start);
  return SERVICE_SENTENCE.test(reply.slice(s, e));
}

/** The message is about one person's own case: a redirect category, or first-person talk of health. */
function isAboutOwnCase({ category, foldedMessage }: RuleInput): boolean {
  if (category === "urgent" || category === "personal") return true;
  if (category === "education") return false;
  return FIRST_PERSON.test(foldedMessage);
}

/** Lab values and measurements from the message ("7.2", "160/100", "250") repeated in the reply. */
function valueEchoes(message: string, reply: string): Finding[] {
  const values = new Set(
    allMatches(VALUE_RE, message)
      .map((m) => m[0])
      .filter((v) => (v.length >= 2 || /[.,/]/.test(v)) && v !== "911" && v !== "988"),
  );
  if (values.size === 0) return [];
  return allMatches(VALUE_RE, reply)
    .filter((m) => values.has(m[0]))
    .map((m) => ({
      type: "phi_echo" as const,
      start: m.index,
      end: m.index + m[0].length,
      explanation: "Repeats the value '$TEXT' from the message, which is this person's result or measurement. Leave it out.",
    }));
}
