import { personalNames } from "./personal-names.ts";
import { sentenceAround } from "./fold-text.ts";
import { findTerms } from "./medical-lexicon.ts";
import { SERVICE_SENTENCE } from "./service-sentence.ts";
import type { Finding, Rule } from "./violation.ts";

/**
 * A personal name in a public reply next to any health term ("Jess, only two
 * more rounds of chemo to go", "don Ernesto, su azúcar va mucho mejor") ties
 * the detail to a findable person:
 *  - phi_echo on each health term (even a generic one: treatment, meds, a knee);
 *  - identifiers on the name when it is a full one (given name + surname, or
 *    Mr./Mrs./Sr./Sra./señora + surname);
 *  - confirms_patient on the name when the reply talks about their progress or
 *    care ("is working", "va mucho mejor", "cared for", "keep it up"), wishes
 *    them well about it ("hope the new knee…", "qué bueno que…") or says "your/su".
 * A name with no health term ("Hi Daniel! We accept Medicaid") is fine, and so
 * is a term in a sentence about a service we offer ("flu shots are available").
 */
const PROGRESS =
  /\b(?:more rounds|rounds? (?:of|to go)|to go\b|going well|(?:is|are|been) (?:working|helping)|working for you|helping with|getting better|feeling better|looking (?:great|good|better)|trending|improv\w*|recover\w*|heal\w*|clears? up|keep (?:it )?up|hang in there|how far you|since the|(?:through|during) (?:his|her|your|their|the)|your (?:progress|numbers|counts)|vas? (?:mucho )?mejor|van (?:mucho )?mejor|mejorando|funcionando|ya casi|faltan?\b|ya no le|siga asi|sigue asi|vamos (?:muy )?bien|animo con|durante su|care (?:for|of)|cared for|caring for|look(?:ed|ing)? after|atender|atendimos|acompanar|acompanamos|cuidar|cuidamos|tratamos|hope|hoping|glad|finish\w*|done with|complet\w*|termin\w*|holding up|given your|que bueno|nos alegra|ojala|que siga|cuidese|your|su|sus)\b/;

// "Hi Maria! Yes, COVID vaccines are available weekdays": a service the practice offers, not her health.

// "our hearts go out", "de todo corazón": a body word in an idiom of sympathy, not a detail.
const IDIOM_BEFORE = /\b(?:our|my|of|nuestros?|mis?|todo(?: el)?|de)\s+$/;

export const namedPerson: Rule = ({ reply, foldedReply }) => {
  const terms = findTerms(foldedReply).filter((t) => {
    if (t.kind === "body" && IDIOM_BEFORE.test(foldedReply.slice(Math.max(0, t.start - 20), t.start))) return false;
    const [s, e] = sentenceAround(foldedReply, t.start);
    return !SERVICE_SENTENCE.test(foldedReply.slice(s, e));
  });
  if (terms.length === 0) return [];
  const names = personalNames(reply);
  if (names.length === 0) return [];
  const out: Finding[] = terms.map((t) => ({
    type: "phi_echo" as const,
    start: t.start,
    end: t.end,
    explanation: "Mentions '$TEXT' in a reply that names the person, which ties a health detail to them in public. Use no name and no detail.",
  }));
  const progress = PROGRESS.test(foldedReply);
  for (const n of names) {
    if (n.full) {
      out.push({ type: "identifiers", start: n.start, end: n.end, explanation: "Names '$TEXT' in full next to health details. Use no name in a public reply." });
    }
    if (progress) {
      out.push({
        type: "confirms_patient",
        start: n.start,
        end: n.end,
        explanation: "Addresses '$TEXT' by name while talking about their progress or care, which confirms they are a patient. Reply without the name or the care details.",
      });
    }
  }
  return out;
};
