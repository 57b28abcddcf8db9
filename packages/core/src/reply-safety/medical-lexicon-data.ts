/**
 * Health terms in English and Spanish, folded (lower case, no accents).
 * One line per concept: "canonical: variant, variant". A trailing s/es is
 * accepted on every variant. The canonical name joins synonyms and the two
 * languages, so "afib" in a message and "atrial fibrillation" in a reply echo.
 * Generic words (results, test, medication, symptoms, refill, pills) are
 * deliberately absent: replies may say them without repeating anything.
 */
export const LEXICON: Record<TermKind, string> = {
  condition: `
afib: afib, a-fib, atrial fibrillation, fibrilacion auricular
diabetes: diabetes, diabetic, diabetico, diabetica, prediabetes, prediabetic, azucar alta, azucar alto, el azucar, lo del azucar, blood sugar
hypertension: hypertension, high blood pressure, blood pressure, presion alta, hipertension, la presion, su presion, tension alta
cholesterol: cholesterol, colesterol
cancer: cancer, cancer-free, tumor, tumour, myeloma, mieloma, lymphoma, linfoma, leukemia, leucemia, melanoma, carcinoma
asthma: asthma, asma
copd: copd, epoc, emphysema, enfisema
depression: depression, depressed, depresion, deprimido, deprimida
anxiety: anxiety, ansiedad, panic attack, ataque de panico
adhd: adhd, tdah
dementia: dementia, demencia, alzheimer, alzheimer's
lupus: lupus
psoriasis: psoriasis
eczema: eczema, dermatitis
acne: acne
arthritis: arthritis, artritis, gout, gota
thyroid: thyroid, tiroides, hypothyroidism, hipotiroidismo
pregnancy: pregnant, pregnancy, embarazada, embarazo, prenatal, postpartum, posparto
miscarriage: miscarriage, aborto espontaneo, perdida del embarazo
uti: uti, urinary tract infection, bladder infection, infeccion urinaria, infeccion de orina
infection: infection, infeccion, ear infection, infeccion de oido, strep, strep throat, flu, gripe, gripa, covid, shingles, culebrilla, pink eye, conjunctivitis, conjuntivitis, pneumonia, neumonia, sinusitis, molluscum, molluscum contagiosum, impetigo, hpv, vph
reflux: reflux, reflujo, heartburn, acidez, agruras, gerd, gastritis
heart: heart attack, infarto, heart condition, heart failure, angina, arrhythmia, arritmia
stroke: stroke, derrame, derrame cerebral, embolia
migraine: migraine, migrana
mole: mole, lunar
allergy: allergy, allergies, allergic, alergia, alergico, alergica, anaphylaxis, anafilaxia, hives, urticaria, ronchas
sprain: sprain, esguince, fracture, fractura, meniscus, menisco, acl
periodontitis: periodontitis, gingivitis, gum disease, cavity, caries, enfermedad de las encias
kidney: kidney disease, kidneys, rinones, renal
sleep-apnea: sleep apnea, apnea del sueno
autism: autism, autismo
dental-anxiety: dental anxiety
stutter: stutter, stuttering, tartamudeo, tartamudea
`,
  symptom: `
chest-pain: chest pain, chest pressure, chest tightness, dolor de pecho, dolor en el pecho, presion en el pecho
bleeding: bleeding, bleed, bleeds, sangrado, sangrando, sangran, sangra, hemorrhage, hemorragia
fever: fever, fiebre, temperature, calentura
cough: cough, coughing, tos
rash: rash, sarpullido, erupcion, salpullido
headache: headache, dolor de cabeza
hair-loss: hair loss, hair falling out, caida del cabello
nausea: nausea, nauseas, vomiting, vomitos, throwing up
diarrhea: diarrhea, diarrea
seizure: seizure, convulsion, convulsiones, convulsionando
back-pain: back pain, dolor de espalda, dolor lumbar, lumbalgia
numbness: numb, numbness, entumecido, adormecido
swelling: swelling, swollen, hinchazon, hinchado, hinchada
wandering: wandering
burning-urination: burning when i pee, ardor al orinar
high-sugar: high blood sugar
`,
  medication: `
metformin: metformin, metformina
lisinopril: lisinopril
losartan: losartan
insulin: insulin, insulina
statin: statin, estatina, atorvastatin, atorvastatina, lipitor
sertraline: sertraline, sertralina, zoloft, prozac, fluoxetine, fluoxetina
ibuprofen: ibuprofen, ibuprofeno, advil, motrin
acetaminophen: acetaminophen, tylenol, paracetamol
aspirin: aspirin, aspirina
warfarin: warfarin, warfarina, blood thinner, anticoagulante, eliquis, xarelto
antibiotic: antibiotic, antibiotico, amoxicillin, amoxicilina, azithromycin, penicillin, penicilina, metronidazole
humira: humira, biologic, biologico
omeprazole: omeprazole, omeprazol, antacid, antiacido
melatonin: melatonin, melatonina, sleeping pill, pastillas para dormir
inhaler: inhaler, inhalador, albuterol
birth-control: birth control, anticonceptivo
oxycodone: oxy, oxycodone, oxicodona
adhd-meds: adderall, ritalin, adhd meds, adhd medication
chemo: chemo, chemotherapy, quimio, quimioterapia
benadryl: benadryl, antihistamine, antihistaminico
humira-ra: methotrexate, prednisone, prednisona
epidural: epidural
`,
  procedure: `
surgery: surgery, cirugia, operacion, operation, operaron
colonoscopy: colonoscopy, colonoscopia
mammogram: mammogram, mamografia
lumpectomy: lumpectomy, lumpectomia, mastectomy, mastectomia
biopsy: biopsy, biopsia
ultrasound: ultrasound, ultrasonido, ecografia, sonogram
mri: mri, resonancia, resonancia magnetica
ct: ct scan, cat scan, tomografia
xray: x-ray, xray, radiografia
echo: echocardiogram, ecocardiograma, ekg, ecg, electrocardiograma
blood-test: blood work, bloodwork, lab draw, analisis de sangre
a1c: a1c, hemoglobina glicosilada
psa: psa
oncotype: oncotype
sleep-study: sleep study, estudio del sueno, cpap
root-canal: root canal, endodoncia, crown, corona, empaste, extraction, wisdom teeth, muelas del juicio, deep cleaning, limpieza profunda
ivf: ivf, fertility treatment, fecundacion in vitro
cesarean: cesarean, c-section, cesarea, parto
gallbladder: gallbladder removal, vesicula
knee-replacement: knee replacement, new knee, acl repair, knee surgery
injection: retina injection, injection, inyeccion, cortisone shot
vaccine: vaccine, vaccines, vacuna, vacunas, shots
physical-therapy: physical therapy, fisioterapia
dialysis: dialysis, dialisis
strep-test: strep test
`,
  body: `
knee: knee, rodilla
molar: molar, muela, tooth, teeth, diente, gums, encias
eye: eye, ojo, retina
ear: ear, oido
heart-organ: heart, corazon
`,
};

export type TermKind = "condition" | "symptom" | "medication" | "procedure" | "body";
