/**
 * Signals for the public categories (education, logistics, feedback, other),
 * read once per message so the decision in triage-message.ts stays a short
 * list of rules.
 */
import { CLINICIAN_FRAMING, GENERAL_FRAMING, GENERAL_QUESTION } from "./lexicon/context-lexicon.ts";
import { WELLNESS_TERMS } from "./lexicon/health-lexicon.ts";
import {
  ADMIN_REQUEST,
  ADMIN_TERM,
  FEEDBACK_TERM,
  INDIRECT_QUESTION,
  OWN_VISIT,
  QUESTION_OPENER,
  REQUEST_TERM,
  RHETORICAL,
  SHARED_NEWS,
  SPAM_TERM,
} from "./lexicon/public-lexicon.ts";

export type PublicSignals = {
  question: boolean;
  /** Every question reads as rhetorical ("who runs this place?"). */
  rhetorical: boolean;
  request: boolean;
  admin: boolean;
  adminRequest: boolean;
  ownVisit: boolean;
  feedback: boolean;
  spam: boolean;
  sharedNews: boolean;
  wellness: boolean;
  generalFraming: boolean;
  clinician: boolean;
};

const WHY_QUESTION = /(^|[.!?,] ?)(why|por que)\b[^.!]*\?/;
const ONGOING = /\b(still|todavia|sigue|sigo)\b/;

function has(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  return pattern.test(text);
}

export function readPublicSignals(text: string): PublicSignals {
  const feedback = has(FEEDBACK_TERM, text);
  const questionMarks = text.split("?").length - 1;
  const question = questionMarks > 0 || QUESTION_OPENER.test(text) || has(GENERAL_QUESTION, text) || has(INDIRECT_QUESTION, text);
  const rhetorical = question && (has(RHETORICAL, text) || (feedback && questionMarks <= 1 && WHY_QUESTION.test(text)));
  return {
    question,
    rhetorical,
    request: has(REQUEST_TERM, text) || ONGOING.test(text),
    admin: has(ADMIN_TERM, text),
    adminRequest: has(ADMIN_REQUEST, text),
    ownVisit: has(OWN_VISIT, text),
    feedback,
    spam: has(SPAM_TERM, text),
    sharedNews: has(SHARED_NEWS, text) || text.includes("[link]"),
    wellness: has(WELLNESS_TERMS, text) || (question && (has(GENERAL_QUESTION, text) || has(GENERAL_FRAMING, text))),
    generalFraming: has(GENERAL_FRAMING, text),
    clinician: has(CLINICIAN_FRAMING, text),
  };
}
