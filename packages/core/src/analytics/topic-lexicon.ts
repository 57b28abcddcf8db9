/**
 * What people ask about, as a fixed list of public health and practice topics (English and
 * Spanish). Analytics stores only these canonical topic names and hashtag tokens, never text.
 * A message counts once per topic however often it names it.
 */
export const TOPICS: Readonly<Record<string, readonly string[]>> = {
  flu: ["flu", "influenza", "flu shot", "gripe", "influenza"],
  covid: ["covid", "covid-19", "coronavirus", "sars-cov-2"],
  vaccines: ["vaccine", "vaccines", "vaccination", "immunization", "immunizations", "shot", "shots", "booster", "vacuna", "vacunas", "mmr", "shingrix", "rsv vaccine"],
  measles: ["measles", "sarampion"],
  rsv: ["rsv"],
  colds: ["cold", "common cold", "resfriado", "catarro"],
  allergies: ["allergy", "allergies", "hay fever", "pollen", "alergia", "alergias"],
  antibiotics: ["antibiotic", "antibiotics", "antibiotico", "antibioticos"],
  blood_pressure: ["blood pressure", "hypertension", "presion arterial", "hipertension"],
  diabetes: ["diabetes", "blood sugar", "a1c", "insulin", "azucar en la sangre", "insulina"],
  cholesterol: ["cholesterol", "statin", "statins", "colesterol"],
  heart: ["heart", "cardiac", "corazon"],
  cancer_screening: ["mammogram", "mammography", "colonoscopy", "pap smear", "screening", "cancer screening", "mamografia", "colonoscopia"],
  cancer: ["cancer", "melanoma", "tumor"],
  skin: ["sunscreen", "sunburn", "rash", "eczema", "acne", "skin", "piel", "protector solar"],
  mental_health: ["anxiety", "depression", "stress", "mental health", "ansiedad", "depresion", "salud mental"],
  sleep: ["sleep", "insomnia", "dormir", "insomnio"],
  nutrition: ["diet", "nutrition", "weight", "weight loss", "vitamin", "vitamins", "dieta", "nutricion", "peso", "vitamina", "vitaminas"],
  exercise: ["exercise", "workout", "fitness", "ejercicio"],
  pregnancy: ["pregnant", "pregnancy", "prenatal", "embarazo", "embarazada"],
  children: ["kid", "kids", "child", "children", "baby", "toddler", "pediatric", "nino", "ninos", "bebe", "hijo", "hija"],
  medication: ["medication", "medications", "medicine", "prescription", "refill", "pharmacy", "medicamento", "medicina", "receta", "farmacia"],
  appointments: ["appointment", "appointments", "booking", "schedule", "reschedule", "cita", "citas", "agendar"],
  hours: ["hours", "open", "closed", "holiday", "horario", "abierto", "cerrado"],
  insurance_billing: ["insurance", "bill", "billing", "copay", "invoice", "seguro", "factura", "cobro"],
  location_parking: ["parking", "address", "location", "directions", "estacionamiento", "direccion"],
  portal: ["portal", "patient portal", "login", "password", "mychart"],
  records: ["records", "medical records", "forms", "form", "letter", "expediente", "formulario"],
  lab_results: ["lab", "labs", "results", "test results", "blood test", "resultados", "analisis"],
  telehealth: ["telehealth", "video visit", "virtual visit", "telemedicine", "telemedicina"],
  staff_service: ["staff", "service", "wait", "waiting", "rude", "friendly", "personal", "atencion", "espera"],
};

function fold(text: string): string {
  return text.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const PATTERNS: Array<[string, RegExp]> = Object.entries(TOPICS).map(([topic, terms]) => [
  topic,
  new RegExp(`(?<![a-z0-9])(?:${[...new Set(terms)].map(escape).join("|")})(?![a-z0-9])`),
]);

/** Canonical topics named in a text. Pure. */
export function findTopics(text: string): string[] {
  const folded = fold(text);
  return PATTERNS.filter(([, pattern]) => pattern.test(folded)).map(([topic]) => topic);
}

const HASHTAG = /(?<![\p{L}\p{N}_&])#([\p{L}\p{N}_]{2,40})/gu;
export const MAX_HASHTAGS_PER_MESSAGE = 5;

/** Hashtag tokens (lowercased, accents folded, at most 5 a message): only these leave the text. Pure. */
export function findHashtags(text: string): string[] {
  const tags = new Set<string>();
  for (const m of text.matchAll(HASHTAG)) {
    const tag = fold(m[1]).replace(/[^a-z0-9_]/g, "");
    if (tag.length >= 2 && !/^\d+$/.test(tag)) tags.add(tag);
    if (tags.size >= MAX_HASHTAGS_PER_MESSAGE) break;
  }
  return [...tags];
}
