/**
 * Imperatives recognised by form rather than as a list of phrases (folded text:
 * lower case, no accents, so "aplíquela" is "apliquela").
 *
 * Spanish: the usted/ustedes imperative of a treatment verb, with any enclitic
 * pronouns — tome, tómese, tómela, aplique, aplíquela, aplíquesela, suspéndalo,
 * póngale, lávele, enjuáguese, denle, désele, dele — plus the tú forms that
 * carry a clitic (dale, ponle, tómatela, aplícala). "de" alone is a preposition,
 * so give ("dé") counts only with a clitic. Routing verbs (llame, vaya, lleve,
 * escríbanos) are not here: sending someone to 911 or the front desk is not advice.
 *
 * English: the bare verb at the start of a clause ("Apply it…", "Repeat in 9 days").
 */
const ES_USTED_BASES = [
  "tome", "use", "aplique", "ponga", "suspenda", "deje", "beba", "coma", "evite", "cambie", "empiece", "comience",
  "siga", "continue", "pruebe", "suba", "baje", "aumente", "disminuya", "reduzca", "lave", "enjuague", "frote",
  "unte", "coloque", "eche", "mezcle", "disuelva", "hierva", "repita", "inhale", "inyecte", "administre", "mastique",
  "trague", "parta", "divida", "duplique", "ofrezca", "masajee", "ayune", "hidrate", "acueste", "limpie", "cubra",
  "remoje", "combine", "alterne", "complete", "termine", "inicie", "retire", "quite", "agregue", "anada", "diluya",
  "vuelva a aplicar", "vuelva a dar", "vuelva a tomar",
];
const ES_TU_WITH_CLITIC = ["toma", "usa", "aplica", "da", "pon", "deja", "suspende", "lava", "unta", "frota", "ofrece", "cambia", "repite"];

const CLITICS = "(?:se|me|te)?(?:l[eoa]s?)?";
const TU_CLITICS = "(?:te|se|me)?(?:l[eoa]s?)|te";

export const SPANISH_IMPERATIVE = [
  `(?:${ES_USTED_BASES.join("|")})n?${CLITICS}`,
  `den?(?:se)?(?:l[eoa]s?)|den?se`,
  `(?:${ES_TU_WITH_CLITIC.join("|")})(?:${TU_CLITICS})`,
].join("|");

export const ENGLISH_IMPERATIVE =
  "take|give|stop|start|try|use|drink|apply|reapply|put|rinse|gargle|chew|skip|avoid|switch|increase|double|halve|cut|lower|raise|repeat|rub|massage|soak|wash|spray|inhale|inject|dab|finish|continue|alternate|crush|dissolve|mix|leave it on|leave them on|do a second|do another|keep (?:taking|using|giving)|go back on|hold off on|wait";

/** Start of a clause: the text start, after punctuation, or after a joining word. */
export const CLAUSE_START = String.raw`(?:^|[.!?¡¿;:,(]\s*|\b(?:and|then|so|please|just|also|now|maybe|perhaps|quizas|mejor|y|e|luego|pero|tambien|despues|mientras tanto|mientras|por favor)\s+)`;

// Sending someone somewhere is routing, not treatment: "you can call us", "puede llamar al 911".
const ROUTING_EN = "call|come|book|schedule|visit|reach|message|contact|talk|speak|ask|see (?:a|your|us)|stop by|go to the|head to|get seen|get checked|bring (?:him|her|them|your \\w+) (?:in|to)|text|email|use our|log in|request";
const ROUTING_ES = "llamar|llamarnos|venir|pasar por|hacer (?:una )?cita|pedir|escribir|escribirnos|reservar|agendar|acudir|ir a|consultar|hablar|comunicarse|visitarnos|contactar|contactarnos|llevarl[oa] a|traerl[oa]";
// Treatment verbs in the infinitive, any clitics ("pasarle", "aplicarse", "dejar de tomarlos");
// "puede causar", "puede ser" are statements, not instructions.
const SPANISH_INFINITIVE = `(?:tom|d|us|aplic|pon|prob|suspend|dej|sub|baj|aument|lav|pas|repet|cambi|frot|unt|ofrec|beb|com|evit|empez|comenz|segu|continu|mezcl|inhal|inyect|administr|mastic|trag|enjuag|coloc|limpi|hidrat|altern|combin|dobl|duplic|reduc|disminu|quit|retir|agreg|diluy|remoj|cubr)(?:ar|er|ir)(?:se|me)?(?:l[eoa]s?)?(?: de (?:tomar|usar|dar)(?:l[eoa]s?)?)?`;

/**
 * An instruction addressed to the reader: an imperative at a clause start; a
 * Spanish "que + subjunctive" ("que mastique una aspirina"); or an advice lead +
 * verb ("hay que pasarle…", "lo ideal es aplicar…", "puede dejar de tomarlos",
 * "you can give…", "it's fine to stop…"). Groups 1–2 are direct instructions,
 * groups 3–4 softer leads (the rule asks more of their sentence). Routing
 * (call, book, stop by, use our portal, llamar, acudir) is excluded.
 */
export const INSTRUCTION_RE = new RegExp(
  [
    `${CLAUSE_START}(${SPANISH_IMPERATIVE}|${ENGLISH_IMPERATIVE})\\b(?! (?:by|in|over|our|us|nuestr[oa]s?|el portal|the portal|a message|un mensaje)\\b)`,
    `\\b(que (?:se |le |les )?(?:${SPANISH_IMPERATIVE}))\\b`,
    `\\b((?:hay que|tiene que|tendra que|debe|deberia|conviene|le conviene|lo ideal es|lo mejor es|es mejor|le recomiendo|le recomendamos|le sugiero|le aconsejo|recomiendo|sugiero|puede|podria|pueden)(?: que)? (?!${ROUTING_ES})(?:${SPANISH_INFINITIVE}|${SPANISH_IMPERATIVE}))\\b`,
    `\\b((?:(?:you|he|she|they) (?:can|could|may|might want to|should|need to|'ll want to|will want to)|it'?s (?:best|fine|ok|okay|safe) to|best to|try to|make sure to|be sure to|go ahead and|i'?d|i would|we'?d|i'?d just) (?!${ROUTING_EN}|be\\b|love\\b|like\\b|suggest (?:calling|booking|you call))[a-z]+)\\b`,
    `\\b((?:yo )?le (?:daria|pondria|aplicaria|recomendaria|sugeriria|cambiaria|subiria|bajaria)|yo (?:tomaria|usaria|dejaria|suspenderia|probaria|pondria))\\b`,
  ].join("|"),
  "g",
);
