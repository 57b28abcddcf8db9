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
// Thoughts of suicide or self-harm, in the many ways people say it: wanting to die, not wake up,
// disappear, end it; no reason to go on; a plan (pills, a method); hurting themselves.
const SELF_HARM = new RegExp(
  [
    String.raw`suicid|self[- ]?harm|autolesi|unalive`,
    String.raw`kill(?:ing)? (?:my|him|her)sel|hurt(?:ing)? (?:my|him|her)sel|harm(?:ing)? (?:my|him|her)sel|cut(?:ting)? (?:my|him|her)sel|\bcutting\b|cut my`,
    String.raw`end(?:ing)? (?:it all|it\b|things|my life|everything)|take my (?:own )?life|(?:want|wanna|wish) (?:to )?(?:die|be dead|i (?:was|were) dead|i wasn'?t here|to disappear)|better off (?:dead|without me)`,
    String.raw`(?:don'?t|do not|never) (?:want to |wanna )?wake up|(?:go to )?sleep (?:and|&) (?:never|not) wake|don'?t want to (?:live|be here|be alive|go on|exist)|no (?:reason|point) (?:to|in) (?:live|living|go on|going on|keep going|be here)|no point|can'?t (?:do this|go on|keep going) anymore|nothing to live for|disappear forever`,
    String.raw`(?:take|taking|swallow) all (?:my|the|of my) (?:pills|meds)|pills (?:lined up|ready)|saving up my|overdose on purpose|sleep forever|took (?:a bunch of|all (?:of )?my|too many) (?:pills|meds)|nobody would (?:miss|care)|(?:i'?m|i am) (?:just )?a burden|jump(?:ing)? (?:off|in front)`,
    String.raw`dormir para siempre|me tome todas las pastillas|nadie me (?:extranaria|va a extranar)|soy una carga|(?:tirarme|aventarme) (?:de|del|al|a las?)`,
    String.raw`quitarme la vida|matarme|suicidarme|hacerme dano|lastimarme|cortarme|me corto|no quiero (?:seguir )?(?:vivir|despertar|estar aqui|existir)|quiero (?:morir|morirme|desaparecer)|ganas de (?:morir|morirme|desaparecer)`,
    String.raw`(?:acabar|terminar) con (?:todo|mi vida|esto)|(?:dormir|dormirme) y no despertar|no (?:tiene|le veo) sentido (?:seguir|vivir)|sin salida|ya no (?:aguanto|puedo mas)|mejor (?:muert[oa]|sin mi)|tomarme todas las pastillas`,
  ].join("|"),
);

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
