/**
 * Word lists for individual_advice, folded (lower case, no accents).
 * Kept apart from the rule so the rule reads as logic.
 */
const CLAUSE_START = String.raw`(?:^|[.!?¡¿;:,(]\s*|\b(?:and|then|so|please|just|also|now|maybe|perhaps|quizas|mejor|y|e|luego|pero|tambien|mientras tanto|mientras)\s+)`;

const VERBS_EN =
  "take|give|stop|start|try|use|drink|apply|put|rinse|chew|skip|avoid|cut|switch|increase|double|lay off|go easy on|go back to|keep|make|have|eat|cut back|swap|lower|raise";
const VERBS_ES =
  "tome|tomese|tomela|tomelo|dele|deles|denle|use|uselo|usela|usa|aplique|aplica|ponga|pongale|pongase|beba|deje|suspenda|empiece|comience|pruebe|suba|baje|aumente|evite|metale|mastique|cambie|siga con|no la deje|no lo deje|que siga|que deje|cuidado con|enjuague|haga que|acuestela|acuestelo";

/** Things that make an imperative clinical: medicines, foods, first-aid objects, frequencies. */
export const OBJECTS =
  "antibiotic|antibiotics|antibioticos?|drops|gotas|cream|crema|ointment|pomada|pills?|pastillas?|tablets?|dose|dosis|juice|jugo|water|agua|milk|leche|tea|te de|ice|hielo|dairy|lacteos|coffee|cafe|alcohol|stretches|estiramientos|orthotics|plantillas|fluids|liquidos|bread|pan|sugar|azucar|salt|sal|eggs?|huevos?|raw fish|fish|pescado|sushi|hot dogs?|tamales|sweets|dulces|formula|diet|dieta|exercise|ejercicio|vitamins?|vitaminas?|supplements?|suplementos?|lozenges|honey|miel|compresses|compresas|olive oil|aceite|shampoo|champu|peine|comb|spoon|cuchara|something in|algo en|contacts|lentes de contacto|tray|retainer|mouth|boca|throw up|vomit|vomitar|lie down|acostarse|sleep|dormir|inhaler|inhalador|insulin|insulina|units|unidades|heat|calor|compress|compresa|toothpaste|pasta dental|mouthwash|enjuague|clorhexidina|peroxido|tap|caminando|caminar|walking|tomarla|tomarlo|tomarlas|tomarlos|taking it|taking them|twice a day|times a day|veces al dia|cada \\d+ horas|every \\d+ hours|each morning|every morning|every night|en ayunas|antes de dormir|before bed";

export const IMPERATIVE_RE = new RegExp(
  `${CLAUSE_START}((?:${VERBS_EN}|${VERBS_ES})\\b(?:\\s+(?!(?:us|our|nos|the (?:nearest|closest) |911)\\b)[^\\s.!?,;]+){0,6}?\\s+(?:${OBJECTS}|__MED__)(?![\\w]))`,
  "g",
);

export const DOSE_RE =
  /\b\d+(?:[.,]\d+)?\s?(?:mg|mcg|g|grams?|gramos?|ml|cc|iu|ui|units?|unidades|tablets?|tabletas?|pills?|pastillas?|capsules?|capsulas?|puffs?|drops|gotas|teaspoons?|tablespoons?|cucharadas?|cucharaditas?|cups?|tazas?)(?![\w])|\b(?:a|one|two|three|una|dos|tres)\s+(?:teaspoons?|tablespoons?|cups?|tazas?|cucharadas?|cucharaditas?|pills?|pastillas?|tablets?)\s+(?:a|per|al|por)\s+(?:day|dia)\b/g;

/** Second person or an imperative nearby: the dose is addressed to this reader. */
export const ADDRESSED_RE =
  /\b(?:you|your|take|start|cut|use|try|increase|tome|tomese|empiece|use|pruebe|usted|le|su|suba|baje)\b/;

export const DIRECTIVE_RE =
  /\b(?:(?:you|he|she|they|your (?:friend|son|daughter|child|kid|mom|dad|husband|wife))(?: really| definitely| probably)? (?:should|need to|needs to|need|needs|must|have to|has to|'ll need to|will need to)\s+(?!(?:from|for|in|at|is|are|and|or|each|every|per|daily|a day)\b|call|contact|talk|speak|ask|see a|reach|book|schedule|check with|consult|hear|receive|expect|be seen|be checked|be evaluated|come in(?! for)|go to the (?:nearest )?(?:er|emergency)|come see us)|should be on (?:a |an )?|in your case|en su caso|for you,? i'?d|i'?d (?:skip|suggest|recommend|cut|stop|avoid)|we'?d (?:suggest|recommend)(?! (?:that )?you (?:call|contact|talk|book))|we recommend for you|what we recommend for you|(?:too much|too little|not enough) for you|(?:is|a) reasonable (?:thing )?to try|we'll give (?:you|him|her)|(?:no|usted|su \w+) (?:debe|deberia|necesita|tiene que)\s+(?!llamar|consultar|hablar|ir a|acudir|pedir|hacer una cita)|switch(?:ing)? to __MED__)/g;

export const DIAGNOSIS_RE =
  /\b(?:(?:that|this|it)(?:'s| is| sounds| looks| seems)(?: like)?(?: (?:probably|likely|most likely|just|definitely|almost certainly|classic))+\b(?! (?:a |the )?(?:question|good|great|best|something|worth|one))|(?:sounds|looks) like (?:a |an )?(?:[\w-]+ ){0,2}__TERM__|that'?s (?:a |an )?__TERM__|classic signs? of|(?:suena|parece) (?:a |ser )?(?:un |una )?(?:[\w-]+ ){0,2}__TERM__|(?:seguro|seguramente|probablemente|lo mas seguro) (?:es|sea)|eso es (?:un |una )?__TERM__)/g;

/** Only for a message about one person's case (personal, urgent). */
export const CASE_JUDGEMENT_RE =
  /\b(?:(?:can|could|may|might) be (?:a |an )?(?:[\w-]+ ){0,1}__TERM__|puede ser (?:un |una )?__TERM__|(?:common )?(?:sign|signs|symptom|symptoms|side effect|side effects) of|efecto secundario|(?:is|are|es|esta|estan) (?:mildly |slightly |very |quite |a bit |muy |un poco |algo )?(?:elevated|high|low|abnormal|alto|alta|bajo|baja|elevad[oa]|anormal)\b|(?:is|es) normal con|in the [\w-]+ range|en el rango|no need to (?!call|worry about)|(?:isn't|is not|won't be) a problem|nothing to worry about|nada de que preocuparse|(?:should|will) be fine|(?:is|are) (?:totally |perfectly )?fine\b(?! to call)|(?:isn't|is not) needed|no es necesari[oa]|mejor no\b|mejor (?:empiece|tome|deje|evite|use)|come first|clears up on its own|harmless|(?:it|that|this|which|these|those) (?:will|should|would|might|may|can) (?:help|clear|fix|settle|calm|ease|soothe)\b|(?:should|will) (?:clear (?:it|up)|bring (?:it|the \w+) down|settle (?:it|things) down|soothe it)\b|works? (?:well|great|wonders)\b|(?:usually|often|always|really) (?:helps|works|does the trick|brings (?:it|the \w+) down)\b|(?:i|we) (?:wouldn'?t|would not|don'?t|do not) worry|^probably\b|\bprobably (?:just )?(?:stress|nothing|fine|viral|a virus)\b|le va a (?:ayudar|servir|caer bien|quitar)\b|(?:eso|esto|lo cual) le (?:ayuda|ayudara|sirve|servira)\b|le conviene\b|(?<!\bsi )se le (?:quita|quitara|pasa|pasara)\b|no se preocupe\b|(?:switch|move|put) (?:you|him|her|them) (?:on|to|over to)\b|(?:cambiarle|pasarle|subirle|bajarle|aumentarle|le cambiamos|le subimos|le bajamos) (?:a |el |la |su )?)/g;

/** "stop taking it", "ice it", "keep him home": the object is a pronoun, the verb says it is clinical. */
export const PRONOUN_CARE_RE =
  /\b(?:(?:stop|start|keep|quit) (?:taking|using) (?:it|them)|(?:ice|rice|rest|elevate) it|keep (?:him|her|them) (?:home|out of (?:school|daycare))|no need to keep (?:him|her|them) home|wait (?:at least )?(?:a|an|one|two|\d+) (?:days?|weeks?|hours?) (?:before|until)|(?:deje|suspenda) de tomarl[ao]s?|(?:puede|pueden|podria) (?:dejar de|suspender) (?:tomar|usar|dar)\w*|(?:you can|you could|it'?s (?:ok|okay|fine|safe) to|go ahead and) (?:stop|quit) (?:taking|using|giving))\b/g;
