import { anyOf } from "./build-pattern.ts";

/**
 * Health terms by kind, English and Spanish, on normalised text. The kind
 * names the reason ("mentions a specific person's medication"). Terms are
 * deliberately broad: a false "health" hit can only push a message towards a
 * redirect, which is the safe direction.
 */
export type HealthKind = "symptom" | "condition" | "medication" | "procedure";

export const HEALTH_TERMS: Readonly<Record<HealthKind, RegExp>> = {
  symptom: anyOf([
    "pain\\w*", "aches?", "aching", "hurts?", "hurting", "sore", "fevers?", "feverish", "temp", "temperature", "cough\\w*",
    "rash", "hives", "itch\\w*", "swell\\w*", "swollen", "puffy", "bleed\\w*", "blood", "nause\\w*", "vomit\\w*",
    "throw(ing)? up", "threw up", "diarr?h?ea", "constipat\\w*", "wont poop", "dizzy", "dizziness", "lightheaded",
    "tired", "fatigue", "exhausted", "numb\\w*", "tingl\\w*", "headaches?", "migraines?", "cramp\\w*", "spotting",
    "discharge", "lumps?", "bumps?", "moles?", "nosebleeds?", "palpitations?", "flutter", "skips? beats", "heart rate",
    "wheez\\w*", "snor\\w*", "insomnia", "barely sleeping", "cant sleep", "forgetting", "confused", "feeling (really )?low",
    "depress\\w*", "anxious", "anxiety", "panic( attacks?)?", "stiff", "clicks", "flar\\w*", "acne", "eczema",
    "hair (is )?falling out", "lost (a ton of |a lot of )?weight", "sick", "infect\\w*", "falling", "stitches", "cuts?",
    "sweaty", "shaky", "swelled", "bitten", "bit by", "stung", "ear (is )?hurting",
    "dolor\\w*", "duele\\w*", "doliendo", "dol(io|ia|ian|ido|ida)", "duel(en|e)", "hinch\\w*", "tiembl\\w*", "crack(s|ing)?", "pops?", "popping", "refus\\w* (food|to eat)", "fiebre", "calentura", "temperatura", "tos", "sarpullido", "ronchas", "comezon",
    "picazon", "hinchad[oa]", "inflamad[oa]", "sangr\\w+", "nauseas?", "vomit\\w*", "diarrea", "estrenimiento",
    "mare\\w*", "cansancio", "cansad[oa]", "me canso", "entumid\\w*", "hormigueo", "migranas?", "colicos", "manchas?",
    "bolita", "lunar", "palpitaciones", "ronca", "insomnio", "despierto", "triste\\w*", "deprimid\\w*", "depresion",
    "ansiedad", "panico", "dermatitis", "se (me|le) cae", "caida de cabello", "bajando de peso", "infeccion\\w*",
    "gripa", "gripe", "heat (exhaustion|stroke)", "golpe de calor", "insolacion", "mal[oa] (de|del) (la )?(estomago|garganta|cabeza)", "ando mal[oa]", "me siento mal", "insuficiencia \\w+", "esguinces?", "sindrome de \\w+", "down syndrome", "syndrome", "wreck", "car accident", "crash", "injur\\w*", "lesion\\w*", "accidente", "resfriado", "retraso", "moja la cama", "piojos", "liquido", "olfato", "herida", "cortada",
    "agresiva", "no quiere comer", "decaid[oa]", "desmay\\w*", "collaps\\w*", "faint\\w*",
    "ardor", "arde", "burning", "drowsy", "sleepy", "lethargic", "weak", "debil", "jumbled", "sick to my stomach", "heavy feeling", "sweating", "sudando", "wheezy", "out of breath", "orinar", "pee\\w*", "urinat\\w*", "short of breath", "se me olvida", "dolorid[oa]",
    "solids", "breastfeed\\w*", "formula", "lactancia", "sick\\w*", "wets? (the |his |her )?bed", "bed.?wetting", "ear tubes?", "tubes in (his|her|my) ears",
    "feeling (\\w+ )?(down|low|empty|hopeless|numb|worthless|off)", "no (interest|motivation|energy) (in|for)? ?(anything|nothing)?", "(dont|cant) enjoy (anything|things)",
    "sin ganas de nada", "me siento (\\w+ )?(vaci[oa]|sin ganas|triste|fatal)", "missed (\\w+ )?periods?", "se me (atraso|retraso) la regla", "no me (ha )?baj\\w*",
  ]),
  condition: anyOf([
    "diabet\\w*", "cancer", "tumou?r", "melanoma", "dcis", "thyroid", "hypothyroid\\w*", "hipotiroidismo", "asthma",
    "asma", "copd", "afib", "atrial fibrillation", "heart failure", "hypertension", "high blood pressure", "cholesterol",
    "colesterol", "anemi\\w*", "arthritis", "artritis", "ra", "gout", "gota", "kidney disease", "hernia", "glaucoma",
    "cataracts?", "utis?", "strep", "flu", "influenza", "covid", "shingles", "herpes", "hpv", "stds?", "pregnan\\w*",
    "embarazad\\w*", "miscarriage", "lo perdi", "ivf", "infertil\\w*", "adhd", "tdah", "autis\\w*", "dementia",
    "demencia", "alzheimers?", "parkinsons?", "epilep\\w*", "seizures?", "convulsion\\w*", "stroke", "infarto",
    "heart attack", "blood clot", "coagulo", "dvt", "apnea", "higado graso", "fatty liver", "osteop\\w*", "alpha.?gal",
    "allerg\\w*", "alergi\\w*", "croup", "ear infections?", "pink eye", "psoriasis", "concussion", "fracture", "sprain",
    "broken (arm|bone|leg|wrist)", "nodule", "polyp", "gallbladder", "vesicula", "prostat\\w*", "period", "menopaus\\w*",
    "postpartum", "posparto", "chickenpox", "varicela", "hepatitis", "measles", "sarampion", "carpal tunnel", "ptsd",
    "bipolar", "ocd", "obes\\w*", "prediabet\\w*", "gestational", "lupus", "celiac", "reflux", "heartburn", "gerd",
    "ulcers?", "kidney stones?", "calculos", "remission", "chemo", "quimio", "rotator cuff",
    "una enterrada", "crisis de asma", "presion (alta|arterial)", "infeccion de orina", "alzheimer", "gout flare",
    "abscess", "tooth infection", "crown", "acid reflux", "sepsis", "dementia meds",
  ]),
  medication: anyOf([
    "medications?", "medicines?", "medicamentos?", "medicina", "pills?", "pastillas?", "prescri\\w*", "rx", "receta",
    "refill\\w*", "resurt\\w*", "dose", "dosis", "antibiotic\\w*", "amoxicillin", "ibuprofen\\w*", "tylenol",
    "acetaminophen", "paracetamol", "aspirin\\w*", "advil", "motrin", "benadryl", "epipen", "inhaler", "inhalador",
    "insulin\\w*", "metformin\\w*", "glibenclamida", "lisinopril", "losartan", "amlodipin\\w*", "atorvastatin",
    "statins?", "ezetimibe", "levothyroxine", "levotiroxina", "synthroid", "predniso\\w*", "methotrexate",
    "warfarin\\w*", "eliquis", "xarelto", "anticoagulant\\w*", "blood thinners?", "spironolactone", "colchicine",
    "alopurinol", "allopurinol", "omeprazole?", "sertralin\\w*", "zoloft", "prozac", "lexapro", "xanax", "adderall",
    "oxycodone", "opioids?", "hydrocortisone", "ozempic", "wegovy", "semaglutide", "mounjaro", "glp.?1",
    "birth control", "anticonceptiv\\w*", "mirena", "iud", "cream", "crema", "drops", "gotas", "vitamin \\w", "iron",
    "iv iron", "recet\\w*", "antidepress\\w*", "antidepresiv\\w*", "antihistamin\\w*", "painkillers?", "analgesic\\w*", "steroids?", "esteroides?", "jarabe", "syrup", "diuretic\\w*", "diuretico", "morphine", "morfina", "sleeping pills", "\\w+(pril|sartan|olol|statin|prazole|cillin|mycin|floxacin|oxetine|traline|dipine|azepam|zolam|codone|gliptin|gliflozin|glutide|thiazide|semide|profen|triptan|cycline)", "calcio", "calcium", "ppis?", "deprescrib\\w*", "booster", "cpap", "champu", "iron pills", "memory pill",
  ]),
  procedure: anyOf([
    "ultrasound", "ultrasonido", "ecografia", "mammograms?", "mamografia", "colonoscop\\w*", "endoscop\\w*", "scope",
    "biops\\w*", "mri", "resonancia", "ct scan", "tomografia", "x.?ray", "radiografia", "echo", "ekg", "ecg",
    "stress test", "blood (test|work|draw)", "test results?", "results? (back|came)", "lab results", "resultados",
    "prueba", "pap", "papanicolau", "psa", "tsh", "ldl", "a1c", "hemoglobin", "ferritin", "glucos\\w*", "azucar",
    "sugar", "bp", "blood pressure", "presion", "surgery", "cirugia", "operacion", "operaron", "operated",
    "replacement", "puntos", "c.?section", "cesarea", "prep", "densitometria", "skin prick", "sleep study",
    "extraction", "extraccion", "root canal", "stent", "pacemaker", "marcapasos", "therapist", "therapy", "terapia",
    "psicologo", "diagnos\\w*", "prognosis", "pronostico", "hospice", "paliativos", "end.of.life", "evaluated",
    "get tested", "vaccinated", "vacun\\w*", "shot", "covid booster", "prior auth", "echo results", "follow.?up",
    "delivered", "wisdom teeth", "muelas del juicio", "hip replacement", "knee replacement", "sports injury", "referral to",
  ]),
};

/**
 * Wellness topics that make a general question "health" without naming a
 * condition (sleep, diet, sun, habits). Only used for education, never to
 * make a message personal.
 */
export const WELLNESS_TERMS = anyOf([
  // Medical word forms, so an unlisted condition still reads as a health topic ("preeclampsia", "diverticulitis").
  "\\w{3,}(itis|osis|emia|algia|ectomy|ectomia|otomy|scopy|scopia|pathy|patia|clampsia|iasis|plasia)", "(carcin|melan|lymph|linf|glauc|fibr|my|aden|sarc|hemat)omas?",
  "beer", "liquor", "wine", "vino", "tequila", "drunk", "borrach\\w*", "throat", "garganta", "stomach", "estomago", "ears?", "oidos?", "eyes?", "ojos?",
  "sleep\\w*", "dormir", "duerma", "hydration", "hidrat\\w*", "water", "agua", "diet", "dieta", "eat\\w*", "comer",
  "food", "alimentos", "nutrients", "exercise", "ejercicio", "caffeine", "cafe", "sunscreen", "fasting", "ayuno",
  "knuckles", "dedos", "neck", "back", "spine", "knees?", "growth", "gray hair", "honey", "miel", "milk", "leche",
  "sushi", "raw", "fish", "pescado", "smok\\w*", "cigarettes", "e.?cig\\w*", "vap\\w*", "alcohol", "cerveza",
  "contagi\\w*", "virus", "germs", "immune", "bones?", "heal", "eyesight", "weight", "peso", "wet hair", "pelo mojado",
  "pulmonia", "cold", "colds", "antibiotics", "vaccines?", "vacunas?", "health\\w*", "salud", "doctors?", "medic(o|os|a|al|ine|ina|ation|ations)", "arter\\w*", "liver", "higado", "kidneys?", "rinones?", "colon", "hangovers?", "resaca", "cruda", "vinegar", "vinagre",
  "babies", "bebes", "fertility", "screening", "tamizaje", "symptoms?", "sintomas", "sprain", "ankle", "hospital",
  "drinks", "carrots", "stress", "sugar", "azucar", "cancer", "protein", "cpr", "marathon\\w*", "running", "sun",
  "energy", "brain", "heart", "corazon", "lungs?", "skin", "piel", "teeth", "dientes", "dental", "cacahuate", "peanut",
  "engorda\\w*", "deshidrat\\w*", "dehydrat\\w*", "fluoride", "toothpaste", "dengue", "zika", "quema grasa", "body heat", "papanicola\\w*", "prevent\\w*", "previen\\w*", "iron", "hierro", "adelgaz\\w*", "fattening", "calories", "calorias", "bajar de peso", "lose weight", "fruit", "fruta", "vegetables", "verduras", "carbs", "gluten", "keto", "cold plunges?", "ice bath", "trend", "supplements?", "suplementos?", "tiktok", "mito", "myth", "swallow\\w*", "chok\\w*", "poison\\w*", "first aid", "tea", "te de", "canela", "celular", "microwav\\w*", "fan on", "solids",
]);
