/**
 * How often, how long, when and how much: the parts of a dosing schedule, in
 * English and Spanish (folded text). Next to an imperative addressed to the
 * reader they make it treatment instructions ("aplíquela dos veces con 9 días de
 * diferencia", "repeat it a week later", "leave it on overnight").
 */
const NUM = String.raw`(?:\d+(?:[.,]\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen|una?|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|doce|catorce|quince)`;

const RANGE = String.raw`${NUM}(?:\s?(?:to|a|-|–|o)\s?${NUM})?`;

export const SCHEDULE_RE = new RegExp(
  [
    // frequency
    String.raw`\b(?:once|twice|three times|four times|${NUM} times?) (?:a|per|each|every) (?:day|night|week|hour|morning)`,
    String.raw`\bevery (?:${RANGE}|other|few) (?:hours?|days?|weeks?|nights?)\b|\b(?:each|every) (?:morning|night|evening)\b|\b(?:daily|every day|at night)\b`,
    String.raw`\b${NUM} (?:vez|veces) (?:al|por|a la|cada) (?:dia|semana|noche)\b|\bcada ${RANGE} (?:horas|dias|semanas)\b|\bcada (?:manana|noche|dia)\b`,
    // interval, repeat, duration
    String.raw`\b${NUM} (?:days?|weeks?|hours?) (?:apart|later|after)\b|\b(?:repeat|again) (?:it |them |the \w+ )?(?:in|after) ${NUM} (?:days?|weeks?)\b|\b(?:second|another) (?:round|dose|application|treatment)\b`,
    String.raw`\bfor ${NUM} (?:more )?(?:days|weeks|nights)\b|\bovernight\b|\bat bedtime\b|\bbefore bed\b|\bon an empty stomach\b|\bwith (?:food|meals)\b`,
    String.raw`\bcon ${NUM} dias de (?:diferencia|separacion)\b|\b(?:por|durante) ${NUM} (?:dias|semanas|mes|meses|noches)\b|\b(?:a los|en|despues de|dentro de) ${NUM} (?:dias|semanas)\b`,
    String.raw`\ben ayunas\b|\bantes de (?:dormir|acostarse|cada comida|las comidas|desayunar)\b|\bcon (?:las )?comidas\b|\btoda la noche\b|\ben cada cambio\b|\bal acostarse\b|\btodas las (?:noches|mananas)\b|\b(?:diario|diariamente|a diario|todos los dias)\b`,
    String.raw`\b(?:una )?sola dosis\b|\bdosis unica\b|\bsegunda (?:dosis|aplicacion)\b|\botra (?:dosis|aplicacion)\b`,
    // strength of a preparation: "al 1%", "1% permethrin"
    String.raw`\bal ${NUM}\s?%|\b\d+(?:[.,]\d+)?\s?% (?:\w+ )?(?:cream|crema|lotion|locion|shampoo|champu|rinse|solution|solucion|gel|ointment|pomada|permethrin|permetrina|hydrocortisone|hidrocortisona|peroxide|peroxido)`,
  ].join("|"),
);
