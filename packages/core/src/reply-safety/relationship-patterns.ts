/**
 * Phrases that confirm care by describing a relationship between the practice
 * (or one of its clinicians) and the reader, without any care word: "Dr. Kim
 * remembers you", "sends her regards", "knows your kids", "welcome back",
 * "se acuerda de usted", "le manda saludos", "ya conoce a sus hijos",
 * "bienvenidos de nuevo". Folded text (lower case, no accents). Each is a
 * family: a relationship verb in any person, with the reader (you, your family,
 * usted, le/les/lo/la) as its object.
 */
const YOU = String.raw`(?:you|y'?all|your\b|him|her|them)`;
const FAMILY = String.raw`(?:kids|children|little ones?|little (?:guy|girl|man|one)|family|son|daughter|baby|boys|girls|husband|wife|mom|mother|dad|father|parents|grandkids|grandma|grandpa|grandmother|grandfather|grandparents|sister|brother|twins|whole family|crew)(?:'s)?`;
const FAMILY_ES = String.raw`(?:familia|hijos|hijas|hij[oa]|nin[oa]s|nin[oa]|nenes|bebe|esposo|esposa|mama|papa|nietos|muchachos|chamacos|chiquitos)`;
const READER_ES = String.raw`(?:usted|ustedes|ti|vos|su|sus|tu|tus)`;

export const RELATIONSHIP_EN: RegExp[] = [
  // remembers / misses / knows / asks about you — not "remember you can call", "a clinician who knows your history"
  new RegExp(String.raw`\b(?:remember(?:s|ed)?|miss(?:es|ed)?|(?:'ve|have|has) missed|knows?|knew|asks? (?:about|after)|asking (?:about|after)) (?:you|y'all|you all|him|her|them)\b(?!'|\s+(?:are|were|have|had|can|could|will|would|might|may|must|should|need|want|did|do|don't|know|feel)\b)`, "g"),
  new RegExp(String.raw`\b(?:knows?|knew|met|loves?|remembers?|miss(?:es|ed)?|talks? about|still talks about|asks? (?:about|after)|asking (?:about|after)) (?:your|the) (?:whole )?${FAMILY}\b`, "g"),
  // says hi / hello, sends regards / love / best
  /\b(?:says|said (?:to (?:tell you|say) )?)\s*(?:hi|hello|hey|hola)\b|\bsaid to tell you\b|\b(?:asked|told) (?:me|us) to (?:tell you|say hi|say hello|send|pass along)\b|\bsend(?:s|ing)? (?:you |y'all |you all )?(?:(?:his|her|their|our|a|lots of|much) )?(?:(?:warm(?:est)?|best|kind(?:est)?|big|fond|love and) )?(?:regards|love|best|greetings|hugs|a hug|hellos?|hi)\b/g,
  // looking forward to seeing you again / at your next…
  /\b(?:can'?t wait|look(?:s|ing)? forward|excited|happy|glad) to see (?:you|y'all|the (?:kids|family))\s+(?:again|back|next)\b|\bsee (?:you|y'all|the (?:kids|family)) (?:again|next (?:week|month|time|visit|year)|at (?:your|the|their) next)\b|\bseeing (?:you|y'all) again\b|\bsee (?:you|y'all)(?: and [\w' ]{1,24}?)? (?:again|back)\b/g,
  // welcome back, good to have you back, missed around here
  /\bwelcome back\b|\b(?:have|having|had|see|seeing|hear from) (?:you|y'all|you all) (?:back|again)\b|\bback with us\b|\b(?:see|seeing|saw|have|having) (?:the )?(?:[a-z]+ )?(?:family|kids|crew|gang|twins) (?:again|back)\b|\balways\b[^.!?]{0,60}\b(?:when|every time|whenever) (?:you|they|he|she) (?:come|comes|visit|visits|stop by)\b/g,
  // watched your kids grow up; loves seeing your little guy; proud of how far you've come
  new RegExp(String.raw`\b(?:watch(?:ed|ing)?|see(?:ing)?|seen) (?:your (?:${FAMILY})|you|them) grow\b|\blove[sd]? (?:seeing|having|treating|caring for|taking care of) (?:you|your)\b|\bproud of (?:you|how far you|your progress)\b|\b(?:pleasure|joy|treat|delight) (?:to have|having|to see|seeing) (?:you|y'all|your)\b|\b(?:meet|see|meeting|seeing) (?:the|your) new (?:baby|little one)\b|\b(?:you're|you are) (?:part of|like) (?:our|the) (?:\w+ )?family\b|\b(?:trusting|trusted|choosing|chose) us\b[^.!?]{0,30}\byears\b`, "g"),
  // honour / privilege to care for (someone named or yours); cared for your mother
  /\b(?:honou?r(?:ed)?|privilege[d]?|pleasure|blessing|gift)\b(?: (?:it was|to|of|in|for us))* (?:to )?(?:have )?(?:cared for|care for|caring for|look(?:ed|ing)? after|take care of|taking care of|taken care of|treat(?:ed|ing)?|serv(?:e|ed|ing)|walk(?:ed|ing)? with|be(?:ing)? part of (?:your|his|her))\b|\b(?:cared for|looked after|took care of|taken care of|treated) (?:you|your|him|her|them|mr|mrs|ms|miss)\b/g,
];

export const RELATIONSHIP_ES: RegExp[] = [
  // se acuerda de usted, le/lo recuerda, pregunta por usted, le extraña
  new RegExp(String.raw`\bse acuerda[n]? (?:mucho |siempre )?de ${READER_ES}\b|\b(?:le|les|lo|la|los|las|te) (?:recuerda|recuerdan|recordamos|extrana|extranan|extranamos)\b|\bpregunta[n]? (?:mucho |siempre )?por ${READER_ES}\b`, "g"),
  // le manda saludos / un abrazo, les envía cariños
  /\b(?:le|les|te)\s+(?:mand|envi)(?:a|an|amos|o|emos|e)\b(?: \w+){0,2}? (?:saludos?|abrazos?|besos|carinos|recuerdos|bendiciones|fuerza)\b|\bmanda(?:n)? (?:muchos )?saludos\b|\b(?:mandemos|enviemos|demos)(?:le|les)? (?:muchos )?(?:saludos|un abrazo|abrazos)\b/g,
  // ya conoce a sus hijos / a toda su familia
  new RegExp(String.raw`\bconoce(?:n|mos)? (?:muy bien )?a (?:toda )?${READER_ES} ${FAMILY_ES}\b|\bver(?:los|las|le|te)? crecer\b|\bver crecer a\b`, "g"),
  // bienvenidos de nuevo, qué gusto tenerlos de vuelta, volver a verle
  /\bbienvenid[oa]s? (?:de nuevo|otra vez|de vuelta|de regreso|nuevamente)\b|\b(?:tener|ver)(?:l[oa]s?|le|les|te) (?:de nuevo|otra vez|de vuelta|de regreso|nuevamente)\b|\b(?:de vuelta|de regreso) con nosotros\b|\bvolver a (?:ver|atender)(?:l[oa]s?|le|les|te)\b|\bsaber de (?:usted|ustedes|ti) (?:otra vez|de nuevo|nuevamente)\b|\b(?:regres|volv)\w* con nosotros\b|\bhabla(?:n)? (?:\w+ ){0,2}de (?:usted|ustedes|ti)\b|\b(?:conocer|ver) al? (?:nuevo )?bebe\b|\b(?:es|son) parte de (?:nuestra|la) (?:\w+ )?familia\b|\bconfiar en nosotros\b[^.!?]{0,30}\banos\b|\btodos estos anos\b/g,
  // fue un honor atender a…, atendimos a su…
  /\b(?:honor|gusto|placer|privilegio|bendicion)\b (?:\w+ )?(?:atender|acompanar|cuidar|tratar|conocer)(?:l[oa]s?|le|les)?\b|\b(?:atendimos|cuidamos|acompanamos|tratamos) a (?:su|sus|don|dona|la senora|el senor)\b/g,
];
