import { anyOf } from "./build-pattern.ts";

/** Explicitly past or resolved: demotes an emergency sign to `personal` unless a now-marker is present. */
export const PAST_MARKER = anyOf([
  "\\d+ (years|months|weeks) ago", "(a|one|two|three|few|several) (years?|months?|weeks?) ago", "years ago",
  "last (week|month|year|spring|summer|fall|winter)", "in (19|20)\\d\\d", "since (19|20)\\d\\d", "as a (kid|teen|teenager|child)",
  "when (i|he|she) was", "went away", "gone now", "hasnt come back", "havent had (one|it|any)", "none since",
  "fully recovered", "recovered", "used to", "it stopped", "has stopped", "hace (\\d+|un|una|dos|tres|varios|muchos) (anos?|mes(es)?|semanas?)",
  "la semana pasada", "el (mes|ano) pasado", "ya se (me |le )?(quito|quitaron|paso)", "nunca mas", "de (nino|nina|joven)",
  "cuando (era|tenia)", "ya esta bien", "(?<!(dice|dicen|says) que )esta bien(?= *([,.!?;]|$|y |pero |gracias|ahora))",
]);

/** Recurring or long-standing: demotes bodily signs (not self-harm) like a past marker does. */
export const CHRONIC_MARKER = anyOf([
  "on and off", "sometimes", "every (time|morning|night)", "at night", "for (\\d+|a few|several|two|three) (weeks|months|years)",
  "a veces", "cada vez que", "(each|every) time (she|he|i|they)", "desde hace (meses|anos)", "when i run", "only when", "(a few|couple of|\\d+|two|three|several) (weeks|months|years) back",
  "desde hace (\\w+ )?(semanas?|mes(es)?|anos?)", "(after|when|whenever) (i|he|she|they) (eat|eats|walk|walks|run|runs|climb|climbs|exercise\\w*|work out)",
  "cuando (camina|camino|come|como|corre|corro|sube|subo|hace ejercicio)", "(for|since) (weeks|months|years|ages)",
]);

/** Happening now: overrides past and chronic markers. */
export const NOW_MARKER = anyOf([
  "now", "right now", "currently", "tonight", "today", "this (morning|afternoon|evening)", "since (this morning|lunch|last night|breakfast)",
  "\\d+ (minutes|hours) ago", "an hour ago", "just now", "suddenly", "still", "while typing", "wont stop", "at the moment",
  "ahora", "ahorita", "hoy", "esta (noche|manana|tarde)", "desde (anoche|la manana|el desayuno)", "hace (un momento|rato|\\d+ minutos|media hora|una hora)",
  "no para", "de repente", "sigo", "todavia", "en este momento",
]);
/** "not happening now" must not count as now. */
export const NEGATED_NOW =
  /\b(not (happening )?(right )?now|not now|ahorita no|ahora no|(hes|shes|he is|she is|im|i am|is|tiene) \d+ (years old )?now|(now|ahora)( (i|he|she|we|el|ella|yo))? (quiero|quiere|queremos|want|wants|would like|wanna|me gustaria|le gustaria|planeo|planea|plan|plans|pienso|piensa|am planning|is planning|hope|espero))\b/g;

/** Framings that make an emergency term general ("what are the signs of a stroke"). */
export const GENERAL_FRAMING = anyOf([
  "signs of", "symptoms of", "warning signs", "what (should|do|does) (people|you|someone|a parent|a person)", "what to do (if|when)",
  "if someone", "someone (is|was|collapses)", "hypothetically", "in case", "difference between", "how do you (know|tell)",
  "recogniz\\w*", "resources", "in general", "just curious", "(genuinely|honestly|only) curious", "pura curiosidad", "sintomas de", "senales de", "que hacer si", "si alguien",
  "alguien (esta|se)", "por si", "diferencia entre", "como se sabe", "solo curiosidad", "preparad[oa]", "en mujeres",
]);

/** A clinician asking peers a general question (LinkedIn and the like). */
export const CLINICIAN_FRAMING = anyOf([
  "colleagues", "fellow (clinicians?|physicians?|doctors?|nps?|nurses?|pcps?|gps?|hospitalists?|residents?|pharmacists?|\\w+ists|\\w+icians)",
  "(pcps|gps|hospitalists|residents|attendings|peds|ob.?gyns|internists|medicos|doctores|pediatras),", "as a (pharmacist|nurse|physician|doctor|clinician|np|pa)",
  "for (the|other|fellow) (clinicians|physicians|doctors|nurses|family physicians|nps)", "nurse educator", "question for fellow",
  "colegas", "para los medicos", "school nurses", "(nurses|pharmacists|physicians|clinicians|providers|therapists|doctors),", "enfermeras escolares", "medicos del grupo", "question from a fellow clinician",
]);

/** Phrasings of a general health question ("is it true that...", "a que edad..."), read as education when nothing else fits. */
export const GENERAL_QUESTION = anyOf([
  "is it true", "is it a myth", "is that true", "at what age", "how (long|often) (does|do|should|is|can)", "does \\w+ (cause|work|help|make)",
  "is that so", "true or false", "how long (does|do|will) (a|an|the)", "cuanto (tarda|dura)", "sera cierto", "verdad o mentira", "es verdad", "es cierto", "es mito", "a que edad", "cada cuanto", "como se (previene|contagia|cura|trata|transmite)",
]);

/** Figures of speech that borrow emergency words ("my landlord is giving me a heart attack"); removed before emergency signs are read. */
export const FIGURATIVE = anyOf([
  "(giving|gave|give|gonna give|going to give) me a heart attack", "(trying to|gonna|going to|about to) kill me( \\w+)?", "(me va a|me van a) dar un infarto",
  "(this|the) (heat|traffic|homework|rent|job|class|season) is killing me", "me (esta|estan) matando (el|la|los|las) (calor|trafico|tarea)",
]);
