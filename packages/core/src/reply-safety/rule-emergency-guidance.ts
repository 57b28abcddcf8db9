import type { Finding, Rule } from "./violation.ts";

/**
 * missing_emergency_guidance: an urgent message needs a reply that sends them
 * to 911 or the emergency department; for thoughts of suicide or self-harm,
 * 988 is enough. Urgent care, "call us" or a DM are not. The finding spans the
 * whole reply (0..reply.length): the fault is what it lacks, not a phrase in it.
 */
const EMERGENCY =
  /\b911\b|\bemergency (?:department|room|dept)\b|\b(?:the|nearest|an) er\b|\b(?:sala|servicio|departamento) de (?:emergencias?|urgencias)\b|\bemergencias\b|\b(?:vaya|ir|llevelo|llevela|lleve\w*) a urgencias\b|\bcall an ambulance\b|\bllame a una ambulancia\b/;
const CRISIS_LINE = /\b988\b/;
const SELF_HARM =
  /suicid|kill (?:my|him|her)sel|end(?:ing)? (?:it all|my life)|hurt(?:ing)? myself|harm(?:ing)? myself|self[- ]harm|cutting|cut my|don'?t want to (?:live|be here)|better off without me|no point|can'?t do this anymore|pills (?:lined up|ready)|saving up my|quitarme la vida|matarme|hacerme dano|no quiero (?:seguir )?vivir|sin salida|cortarme|me corto/;

export const emergencyGuidance: Rule = ({ category, foldedReply, foldedMessage, reply }) => {
  if (category !== "urgent") return [];
  if (EMERGENCY.test(foldedReply)) return [];
  if (CRISIS_LINE.test(foldedReply) && SELF_HARM.test(foldedMessage)) return [];
  const selfHarm = SELF_HARM.test(foldedMessage);
  const explanation = selfHarm
    ? "The message describes thoughts of suicide or self-harm, and the reply gives no crisis line. Add: call or text 988, or call 911 if in immediate danger."
    : "The message describes a possible emergency, and the reply does not say to call 911 or go to the nearest emergency department. Urgent care or 'call us' is not enough; add it.";
  return [{ type: "missing_emergency_guidance", start: 0, end: reply.length, explanation }];
};
