/**
 * The nudge model: two logistic-regression heads over hashed word and
 * character n-grams (text-features.ts), trained offline by
 * train-nudge-model.ts from the labelled corpora and shipped as data
 * (nudge-model-weights.ts). Inference is pure and deterministic.
 *   - `urgent`:   probability that the message is `urgent`;
 *   - `redirect`: probability that it is `urgent` or `personal`.
 * The engine uses it only to move a message towards a safer category
 * (public -> personal, personal -> urgent), never the other way.
 */
import { FIGURATIVE } from "../lexicon/context-lexicon.ts";
import { BUCKETS, forEachFeature } from "./text-features.ts";
import { NUDGE_MODEL } from "./nudge-model-weights.ts";

/**
 * Probabilities, and how much the message's own words moved each logit
 * (`urgentWords`, `redirectWords`): near zero for text the model has no
 * words for ("first", a line of code), whose probability is only the prior.
 */
export type NudgeScores = { urgent: number; redirect: number; urgentWords?: number; redirectWords?: number };
/** Public categories a message the rules could only call `other` may be rescued into. */
export const PUBLIC_RESCUES = ["education", "logistics", "feedback"] as const;
export type PublicRescue = (typeof PUBLIC_RESCUES)[number];
export type PublicScores = Record<PublicRescue, number>;
export type NudgeWeights = {
  version: string;
  thresholds: { urgent: number; urgentNow: number; redirect: number };
  bias: { urgent: number; redirect: number };
  /** "id:urgentMilli:redirectMilli" entries joined by ",", ids in base 36, weights ×1000. */
  weights: string;
  /** Threshold for the public heads (one-vs-rest, trained on public messages only). */
  rescue: number;
  publicBias: PublicScores;
  /** "id:education:logistics:feedback", same encoding. */
  publicWeights: string;
};

/** Dense weights, `width` per bucket (2: [urgent, redirect]; 3: the public heads). */
export function unpackWeights(packed: string, width = 2): Float32Array {
  const dense = new Float32Array(BUCKETS * width);
  if (!packed) return dense;
  for (const entry of packed.split(",")) {
    const [id, ...weights] = entry.split(":");
    const slot = parseInt(id, 36) * width;
    for (let k = 0; k < width; k++) dense[slot + k] = Number(weights[k]) / 1000;
  }
  return dense;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** Scores with any weights; the runtime uses the shipped ones (scoreNudge). */
export function scoreWith(dense: Float32Array, bias: NudgeWeights["bias"], text: string): NudgeScores {
  let u = 0;
  let r = 0;
  let count = 0;
  forEachFeature(text, (id) => {
    u += dense[id * 2];
    r += dense[id * 2 + 1];
    count++;
  });
  const scale = count > 0 ? 1 / Math.sqrt(count) : 0;
  return { urgent: sigmoid(bias.urgent + u * scale), redirect: sigmoid(bias.redirect + r * scale), urgentWords: u * scale, redirectWords: r * scale };
}

const SHIPPED = unpackWeights(NUDGE_MODEL.weights);
const SHIPPED_PUBLIC = unpackWeights(NUDGE_MODEL.publicWeights, PUBLIC_RESCUES.length);

/** Public-head probabilities with the shipped weights. */
export function scorePublicRescue(normalisedText: string): PublicScores {
  const sums = [0, 0, 0];
  let count = 0;
  forEachFeature(textForModel(normalisedText), (id) => {
    for (let k = 0; k < 3; k++) sums[k] += SHIPPED_PUBLIC[id * 3 + k];
    count++;
  });
  const scale = count > 0 ? 1 / Math.sqrt(count) : 0;
  const b = NUDGE_MODEL.publicBias;
  // A class the words do not point to (no positive evidence) gets no probability above its prior.
  const p = (bias: number, words: number): number => (words > 0 ? sigmoid(bias + words) : 0);
  return { education: p(b.education, sums[0] * scale), logistics: p(b.logistics, sums[1] * scale), feedback: p(b.feedback, sums[2] * scale) };
}
export const RESCUE_THRESHOLD = NUDGE_MODEL.rescue;

/**
 * What the model reads: normalised text without figures of speech ("my
 * landlord is giving me a heart attack"), which the rules drop too.
 */
export function textForModel(normalisedText: string): string {
  FIGURATIVE.lastIndex = 0;
  return FIGURATIVE.test(normalisedText) ? normalisedText.replace(FIGURATIVE, " ") : normalisedText;
}

/** Scores normalised text with the shipped weights. */
export function scoreNudge(normalisedText: string): NudgeScores {
  return scoreWith(SHIPPED, NUDGE_MODEL.bias, textForModel(normalisedText));
}

export const NUDGE_THRESHOLDS = NUDGE_MODEL.thresholds;
export const NUDGE_MODEL_VERSION = NUDGE_MODEL.version;
