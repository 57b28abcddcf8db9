/**
 * Health terms in English and Spanish, folded (lower case, no accents).
 * One line per concept: "canonical: variant, variant". A trailing s/es is
 * accepted on every variant. The canonical name joins synonyms and the two
 * languages, so "afib" in a message and "atrial fibrillation" in a reply echo.
 * Generic words (results, test, symptoms, refill) are deliberately absent:
 * replies may say them without repeating anything. Generic care words
 * (diagnosis, treatment, meds) are kind "care": see TermKind.
 */
export const LEXICON: Record<TermKind, string> = {
  condition: `
afib: afib, a-fib, atrial fibrillation, fibrilacion auricular
diabetes: diabetes, diabetic, diabetico, diabetica, prediabetes, prediabetic, azucar alta, azucar alto, el azucar, lo del azucar, su azucar, blood sugar, blood sugars, sugars, sugar levels, niveles de azucar, glucose, glucosa, type 1, type 2, tipo 1, tipo 2, t1d, t2d
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
sprain: sprain, esguince, fracture, fractured, fractura, broken arm, broken leg, broken wrist, broken ankle, broken bone, broken nose, broken finger, broken toe, brazo roto, pierna rota, hueso roto, torcedura, meniscus, menisco, acl
periodontitis: periodontitis, gingivitis, gum disease, cavity, caries, enfermedad de las encias
kidney: kidney disease, kidneys, rinones, renal
sleep-apnea: sleep apnea, apnea del sueno
autism: autism, autismo
dental-anxiety: dental anxiety
stutter: stutter, stuttering, tartamudeo, tartamudea
celiac: celiac, celiaca, celiaco, celiac disease, enfermedad celiaca
ibd: crohn's, crohn, colitis, ulcerative colitis, ibs, irritable bowel, colon irritable
endometriosis: endometriosis, pcos, polycystic ovary, ovario poliquistico
fibromyalgia: fibromyalgia, fibromialgia, chronic fatigue
neuro: multiple sclerosis, esclerosis multiple, parkinson, parkinson's, epilepsy, epilepsia, epileptic
hepatitis: hepatitis, cirrhosis, cirrosis, fatty liver, higado graso
sti: hiv, vih, std, sti, chlamydia, clamidia, gonorrhea, gonorrea, herpes, syphilis, sifilis, cold sore, fuegos labiales, herpes labial
parasites: lice, head lice, piojos, liendres, nits, scabies, sarna, pinworms, pinworm, lombrices, oxiuros, bed bugs
fungal: athlete's foot, pie de atleta, fungal infection, infeccion por hongos, hongos, ringworm, tina, yeast infection, candidiasis, thrush
respiratory: bronchitis, bronquitis, rsv, vrs, croup, crup, whooping cough, tos ferina, sore throat, dolor de garganta
childhood: hand foot and mouth, mano pie boca, chickenpox, varicela, measles, sarampion, mumps, paperas, mononucleosis, diaper rash, panalitis, rozadura
anemia: anemia, anemic, anemico
weight: obesity, obesidad, overweight, sobrepeso
osteoporosis: osteoporosis, osteopenia
kidney-stone: kidney stones, kidney stone, calculos renales, calculos en el rinon, piedras en el rinon, calculo renal
hernia: hernia, appendicitis, apendicitis
concussion: concussion, conmocion, conmocion cerebral
eye-condition: glaucoma, cataracts, cataract, cataratas, macular degeneration, degeneracion macular
mental: bipolar, schizophrenia, esquizofrenia, ptsd, tept, ocd, eating disorder, anorexia, bulimia, addiction, adiccion, alcoholism, alcoholismo, postpartum depression, depresion posparto
pregnancy-condition: preeclampsia, gestational diabetes, diabetes gestacional, infertility, infertilidad
vertigo: vertigo, vertigos
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
wheezing: wheezing, wheeze, sibilancias, silbido en el pecho
earache: earache, ear pain, dolor de oido, toothache, dolor de muela
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
glp1: ozempic, wegovy, semaglutide, semaglutida, mounjaro, zepbound, tirzepatide, tirzepatida, trulicity, jardiance, victoza, saxenda
levothyroxine: levothyroxine, levotiroxina, synthroid, eutirox
antiparasitic: permethrin, permetrina, ivermectin, ivermectina, albendazole, albendazol, mebendazole, mebendazol, pyrantel, pirantel, lice shampoo, champu para piojos
antifungal: clotrimazole, clotrimazol, miconazole, miconazol, fluconazole, fluconazol, terbinafine, terbinafina, nystatin, nistatina
antiviral: acyclovir, aciclovir, valacyclovir, valaciclovir, valtrex, tamiflu, oseltamivir, paxlovid
steroid-cream: hydrocortisone, hidrocortisona, zinc oxide, oxido de zinc, diaper cream, triamcinolone
pain-relief: naproxen, naproxeno, aleve, diclofenac, diclofenaco, metamizol, gabapentin, gabapentina, tramadol, hydrocodone, hidrocodona
allergy-meds: loratadine, loratadina, claritin, cetirizine, cetirizina, zyrtec, allegra, flonase, fluticasone, fluticasona, epipen, epinephrine, adrenalina
bp-meds: amlodipine, amlodipino, metoprolol, atenolol, hydrochlorothiazide, hidroclorotiazida, furosemide, furosemida, spironolactone, espironolactona
mood-meds: lexapro, escitalopram, wellbutrin, bupropion, xanax, alprazolam, trazodone, trazodona, lithium, litio, clonazepam
more-antibiotics: doxycycline, doxiciclina, cephalexin, cefalexina, keflex, augmentin, ciprofloxacin, ciprofloxacino, cipro, nitrofurantoin, nitrofurantoina, bactrim, clindamycin, clindamicina
syrup: cough syrup, syrup, jarabe, jarabe para la tos, cough drops, pastillas para la tos
gut-meds: loperamide, loperamida, imodium, pepto, miralax, laxative, laxante, suero oral, pedialyte, electrolitos
hormones: testosterone, testosterona, estrogen, estrogeno, hrt, hormone therapy, terapia hormonal, iud, diu, plan b, prep
addiction-meds: suboxone, buprenorphine, buprenorfina, methadone, metadona, naloxone, naloxona, narcan
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
radiation: radiation, radiation therapy, radiotherapy, radioterapia, radiacion
rehab: rehab, rehabilitation, rehabilitacion, cardiac rehab
hospice: hospice, palliative care, cuidados paliativos, paliativos, end-of-life care
transplant: transplant, trasplante, stent, bypass, pacemaker, marcapasos, catheterization, cateterismo
joint-surgery: hip replacement, reemplazo de cadera, hip surgery, cirugia de cadera, shoulder surgery
gyn-surgery: hysterectomy, histerectomia, vasectomy, vasectomia, tubal ligation, ligadura de trompas, pap smear, papanicolaou, pap test
ent-surgery: tonsils, tonsillectomy, amigdalas, adenoids, adenoides, amigdalectomia, ear tubes, tubos en los oidos
infusion: infusion, infusiones, iv infusion, infiltracion, infiltraciones, steroid shot
intensive-care: nicu, icu, uci, uci neonatal, terapia intensiva, cuidados intensivos
endoscopy: endoscopy, endoscopia, stitches, puntos de sutura
`,
  care: `
diagnosis: diagnosis, diagnosed, new diagnosis, diagnostico, diagnosticaron, diagnosticado, diagnosticada
treatment: treatment, treatments, tratamiento, tratamientos
recovery: recovery, recuperacion
rounds: rounds of, round of, more rounds, ciclos de, sesiones de
therapy-sessions: therapy, terapia, sessions, sesiones
meds: meds, medication, medications, medicine, medicamento, medicamentos, medicina, pastillas
hospital: hospital stay, hospitalized, hospitalization, home from the hospital, in the hospital, hospitalizado, hospitalizada, hospitalizacion, en el hospital, discharged, dado de alta, dada de alta
counts: blood counts, counts, conteos, numbers are
results: results, test results, lab results, labs, scan, scans, resultados, estudios, analisis
`,
  body: `
knee: knee, rodilla
molar: molar, muela, tooth, teeth, diente, gums, encias
eye: eye, ojo, retina
ear: ear, oido
heart-organ: heart, corazon
joint: hip, hips, cadera, shoulder, hombro, ankle, tobillo, wrist, elbow, codo, spine, columna
organ: lungs, pulmones, liver, higado, prostate, prostata
`,
};

/**
 * "care" words are generic (diagnosis, treatment, meds): not a detail on their
 * own, so never echoed, but they become one when tied to a named or addressed person.
 */
export type TermKind = "condition" | "symptom" | "medication" | "procedure" | "care" | "body";
