/**
 * The demo practice's knowledge base: short, general, mainstream-guideline (US) education
 * articles that drafted replies may link to and quote. Summaries are written to be quoted
 * as they stand; topics are lowercase keywords, including the words a question might use.
 */
export interface DemoArticle {
  slug: string;
  title: string;
  summary: string;
  url: string;
  topics: string[];
  language: "en" | "es";
}

const url = (slug: string) => `https://riverside.example/articles/${slug}`;

export const DEMO_ARTICLES: DemoArticle[] = [
  // ---------------------------------------------------------------- English
  {
    slug: "breast-cancer-screening",
    title: "Breast cancer screening: when to start mammograms",
    summary:
      "For women at average risk, the US Preventive Services Task Force (2024) recommends a screening mammogram every 2 years from age 40 through 74. Women at higher risk, such as those with a strong family history or a known genetic change, may need to start earlier or screen more often. Your clinician can help you decide what fits you.",
    url: url("breast-cancer-screening"),
    topics: ["mammogram", "mammography", "breast cancer", "screening", "breast", "dense breasts", "age 40"],
    language: "en",
  },
  {
    slug: "colorectal-cancer-screening",
    title: "Colorectal cancer screening starts at 45: your options",
    summary:
      "Adults at average risk should start colorectal cancer screening at 45 and continue through 75. Options include a colonoscopy every 10 years or a stool test such as a yearly FIT; a positive stool test needs a follow-up colonoscopy. The best test is the one you will actually complete.",
    url: url("colorectal-cancer-screening"),
    topics: ["colon cancer", "colorectal cancer", "colonoscopy", "stool test", "fit test", "cologuard", "screening", "age 45"],
    language: "en",
  },
  {
    slug: "flu-shot-facts",
    title: "Flu shot facts: why the vaccine can't give you the flu",
    summary:
      "The flu shot cannot give you the flu: injected flu vaccines contain inactivated virus or a single virus protein, not live virus. Everyone 6 months and older should get a flu vaccine every year, ideally by the end of October, but getting it later still helps while flu is circulating. A sore arm or feeling tired for a day is common and passes quickly.",
    url: url("flu-shot-facts"),
    topics: ["flu", "influenza", "flu shot", "flu vaccine", "vaccine myths", "side effects", "sore arm"],
    language: "en",
  },
  {
    slug: "vaccines-older-adults",
    title: "Vaccines for adults 50 and older: shingles, pneumonia, RSV and COVID-19",
    summary:
      "Two doses of the shingles vaccine are recommended for adults 50 and older, and the CDC recommends pneumococcal (pneumonia) vaccination for all adults 50 and older. A single dose of RSV vaccine is recommended for everyone 75 and older and for adults 50 to 74 at increased risk; it is not a yearly shot. COVID-19 vaccines are updated for each season, so ask your clinician which vaccines are due for you.",
    url: url("vaccines-older-adults"),
    topics: ["rsv", "rsv vaccine", "covid", "covid-19 vaccine", "shingles", "shingrix", "pneumonia vaccine", "older adults"],
    language: "en",
  },
  {
    slug: "childhood-vaccines-mmr",
    title: "Childhood vaccines and the MMR shot",
    summary:
      "Children get two doses of the MMR (measles, mumps, rubella) vaccine: the first at 12 to 15 months and the second at 4 to 6 years. Two doses are about 97% effective against measles, which is highly contagious and can be serious. Vaccines do not cause autism; studies of millions of children have found no link.",
    url: url("childhood-vaccines-mmr"),
    topics: ["mmr", "measles", "mumps", "rubella", "vaccine schedule", "childhood vaccines", "immunizations", "autism"],
    language: "en",
  },
  {
    slug: "antibiotics-colds",
    title: "Colds, allergies and antibiotics",
    summary:
      "Colds, flu and most sore throats and coughs are caused by viruses, and antibiotics do not work against viruses; taking them when they aren't needed can cause side effects and antibiotic resistance. Seasonal allergies bring itchy eyes and nose, sneezing and clear mucus for weeks while pollen is in the air, without fever. A cold comes on over a day or two, may bring a sore throat, aches or a low fever, and clears up in about 7 to 10 days.",
    url: url("antibiotics-colds"),
    topics: ["antibiotics", "common cold", "cold", "virus", "allergies", "hay fever", "pollen", "antibiotic resistance"],
    language: "en",
  },
  {
    slug: "sun-protection",
    title: "Sun protection: sunscreen, shade and skin cancer prevention",
    summary:
      "Use a broad-spectrum sunscreen with SPF 30 or higher every day, including cloudy days, and reapply at least every 2 hours and after swimming or sweating. Seek shade between 10 a.m. and 4 p.m., and wear a hat, sunglasses and protective clothing. Avoid tanning beds.",
    url: url("sun-protection"),
    topics: ["sunscreen", "spf", "sunburn", "skin cancer", "melanoma", "uv", "sun protection"],
    language: "en",
  },
  {
    slug: "high-blood-pressure",
    title: "High blood pressure: the silent condition you can measure at home",
    summary:
      "High blood pressure usually causes no symptoms, so the only way to know you have it is to measure it; US heart guidelines consider 130/80 or higher to be high. For accurate home readings, use a validated upper-arm cuff, sit quietly for 5 minutes with your back supported and feet flat, and take two readings a minute apart. Bring your readings to your clinician.",
    url: url("high-blood-pressure"),
    topics: ["blood pressure", "hypertension", "high blood pressure", "bp cuff", "home monitoring", "130/80", "silent killer"],
    language: "en",
  },
  {
    slug: "type-2-diabetes-prevention",
    title: "Preventing type 2 diabetes and reversing prediabetes",
    summary:
      "Prediabetes can often be reversed. In the Diabetes Prevention Program, losing 5 to 7% of body weight and getting 150 minutes a week of moderate activity, such as brisk walking, cut the risk of type 2 diabetes by more than half. Adults 35 to 70 with overweight or obesity should be screened with a simple blood test.",
    url: url("type-2-diabetes-prevention"),
    topics: ["diabetes", "type 2 diabetes", "prediabetes", "blood sugar", "a1c", "weight loss", "exercise"],
    language: "en",
  },
  {
    slug: "cholesterol-basics",
    title: "Cholesterol basics: LDL, HDL and what the numbers mean",
    summary:
      "LDL ('bad') cholesterol builds up in artery walls, while HDL ('good') cholesterol helps carry it away. Most adults should have cholesterol checked every 4 to 6 years, more often with risk factors, and fasting is usually not needed. Limiting saturated fat, staying active and not smoking all help, and some people benefit from a statin based on their overall heart risk.",
    url: url("cholesterol-basics"),
    topics: ["cholesterol", "ldl", "hdl", "lipids", "statins", "eggs", "saturated fat", "fasting"],
    language: "en",
  },
  {
    slug: "heart-attack-stroke-warning-signs",
    title: "Heart attack and stroke warning signs: call 911",
    summary:
      "Heart attack signs include chest pain or pressure, pain spreading to the arm, jaw or back, shortness of breath, a cold sweat and nausea; women are more likely to have symptoms other than chest pain. For stroke, think BE FAST: Balance loss, Eyes (vision changes), Face drooping, Arm weakness, Speech difficulty, Time to call 911. Call 911 right away rather than driving yourself.",
    url: url("heart-attack-stroke-warning-signs"),
    topics: ["heart attack", "stroke", "chest pain", "be fast", "warning signs", "911", "emergency"],
    language: "en",
  },
  {
    slug: "healthy-sleep",
    title: "Healthy sleep: how much you need and how to get it",
    summary:
      "Adults need 7 or more hours of sleep a night. A regular schedule, a dark, cool and quiet bedroom, less caffeine after midday and fewer screens before bed all help. Talk with a clinician about loud snoring, gasping during sleep or insomnia that lasts for weeks.",
    url: url("healthy-sleep"),
    topics: ["sleep", "insomnia", "sleep hygiene", "snoring", "sleep apnea", "melatonin", "tired"],
    language: "en",
  },
  {
    slug: "mental-health-988",
    title: "Mental health and the 988 Suicide and Crisis Lifeline",
    summary:
      "If you or someone you know is thinking about suicide or is in emotional crisis, call or text 988, or chat at 988lifeline.org, any time of day or night; it is free and confidential. If someone is in immediate danger, call 911. Depression and anxiety are common and treatable, and talking with a clinician is a good first step.",
    url: url("mental-health-988"),
    topics: ["mental health", "988", "suicide", "crisis", "depression", "anxiety", "self-harm"],
    language: "en",
  },
  {
    slug: "hpv-vaccine",
    title: "The HPV vaccine: who, when and why",
    summary:
      "The HPV vaccine is recommended for all boys and girls at 11 to 12 years and can start at 9; two doses are enough when the series starts before 15, and three are needed from 15 on. Catch-up vaccination is recommended through age 26, and adults 27 to 45 can decide with their clinician. It prevents most HPV-related cancers, including cervical cancer.",
    url: url("hpv-vaccine"),
    topics: ["hpv", "hpv vaccine", "gardasil", "cervical cancer", "human papillomavirus", "teen vaccines"],
    language: "en",
  },
  {
    slug: "fever-in-children",
    title: "Fever in children: when to worry",
    summary:
      "Fever is the body's normal response to infection, and how a child looks and acts often matters more than the number on the thermometer. Any fever of 100.4°F (38°C) or higher in a baby younger than 3 months needs medical care right away. Call 911 for trouble breathing, blue lips, a seizure or a child who is very hard to wake.",
    url: url("fever-in-children"),
    topics: ["fever", "temperature", "children", "baby", "newborn", "thermometer", "kids"],
    language: "en",
  },

  // ---------------------------------------------------------------- Spanish
  {
    slug: "mamografia-cancer-de-mama",
    title: "Mamografía: cuándo empezar la detección del cáncer de mama",
    summary:
      "Para las mujeres con riesgo promedio, el Grupo de Trabajo de Servicios Preventivos de EE. UU. (USPSTF, 2024) recomienda una mamografía cada 2 años desde los 40 hasta los 74 años. Si tiene antecedentes familiares fuertes u otro riesgo alto, es posible que deba empezar antes. Su médico le ayudará a decidir qué le conviene.",
    url: url("mamografia-cancer-de-mama"),
    topics: ["mamografia", "mamografía", "cancer de mama", "cáncer de seno", "deteccion", "senos", "40 años"],
    language: "es",
  },
  {
    slug: "vacuna-gripe-mitos",
    title: "La vacuna contra la gripe: mitos y realidades",
    summary:
      "La vacuna contra la gripe no puede darle gripe: la inyección no contiene virus vivo. Se recomienda cada año a todas las personas de 6 meses en adelante, idealmente antes de que termine octubre, aunque ponérsela más tarde todavía protege. Es normal tener dolor en el brazo o cansancio por un día.",
    url: url("vacuna-gripe-mitos"),
    topics: ["gripe", "gripa", "influenza", "vacuna", "vacuna contra la gripe", "mitos", "efectos secundarios"],
    language: "es",
  },
  {
    slug: "presion-arterial-alta",
    title: "Presión arterial alta: el problema silencioso que puede medir en casa",
    summary:
      "La presión alta casi nunca da síntomas; por eso la única forma de saberlo es midiéndola. Las guías de EE. UU. consideran alta una presión de 130/80 o más. Para medirla en casa, use un brazalete de brazo validado, siéntese tranquilo 5 minutos con la espalda apoyada y los pies en el piso, y tome dos lecturas con un minuto de diferencia.",
    url: url("presion-arterial-alta"),
    topics: ["presion alta", "presión arterial", "hipertension", "hipertensión", "tension", "baumanómetro", "medir la presión"],
    language: "es",
  },
  {
    slug: "prevenir-diabetes-tipo-2",
    title: "Cómo prevenir la diabetes tipo 2",
    summary:
      "Muchas veces la prediabetes se puede revertir. Bajar entre un 5 y un 7 % del peso y hacer 150 minutos a la semana de actividad moderada, como caminar a paso rápido, redujo a menos de la mitad el riesgo de diabetes tipo 2 en el Programa de Prevención de la Diabetes. Los adultos de 35 a 70 años con sobrepeso u obesidad deben hacerse un análisis de sangre para detectarla.",
    url: url("prevenir-diabetes-tipo-2"),
    topics: ["diabetes", "diabetes tipo 2", "prediabetes", "azucar en la sangre", "azúcar", "glucosa", "ejercicio", "bajar de peso"],
    language: "es",
  },
  {
    slug: "senales-infarto-derrame",
    title: "Señales de infarto y derrame cerebral: cuándo llamar al 911",
    summary:
      "Las señales de un infarto incluyen dolor o presión en el pecho, dolor que se extiende al brazo, la mandíbula o la espalda, falta de aire, sudor frío y náuseas; en las mujeres es más común tener síntomas distintos al dolor de pecho. Las señales de un derrame cerebral incluyen la cara caída de un lado, debilidad en un brazo o pierna, dificultad para hablar, pérdida de equilibrio o cambios en la vista. Ante cualquiera de ellas, llame al 911 de inmediato.",
    url: url("senales-infarto-derrame"),
    topics: ["infarto", "ataque al corazon", "derrame cerebral", "embolia", "dolor de pecho", "911", "emergencia"],
    language: "es",
  },
  {
    slug: "fiebre-en-ninos",
    title: "Fiebre en niños: cuándo preocuparse",
    summary:
      "La fiebre es la respuesta normal del cuerpo a una infección, y cómo se ve y se comporta el niño suele importar más que el número del termómetro. Cualquier fiebre de 100.4 °F (38 °C) o más en un bebé menor de 3 meses necesita atención médica de inmediato. Llame al 911 si el niño tiene dificultad para respirar, labios morados, una convulsión o si cuesta mucho despertarlo.",
    url: url("fiebre-en-ninos"),
    topics: ["fiebre", "calentura", "temperatura", "niños", "bebe", "bebé", "recien nacido", "termometro"],
    language: "es",
  },
  {
    slug: "resfriado-alergias-antibioticos",
    title: "Resfriado, alergias y antibióticos",
    summary:
      "El resfriado lo causan virus, y los antibióticos no sirven contra los virus; tomarlos sin necesidad puede causar efectos secundarios y resistencia a los antibióticos. Las alergias de temporada dan comezón en ojos y nariz, estornudos y mocos claros durante semanas, sin fiebre. El resfriado suele durar de 7 a 10 días y puede dar dolor de garganta, malestar o fiebre baja.",
    url: url("resfriado-alergias-antibioticos"),
    topics: ["resfriado", "gripa", "catarro", "antibioticos", "antibióticos", "alergias", "polen", "estornudos"],
    language: "es",
  },
  {
    slug: "sarampion-vacuna-triple-viral",
    title: "Sarampión y la vacuna triple viral (MMR)",
    summary:
      "El sarampión es muy contagioso y puede causar complicaciones graves, sobre todo en niños pequeños. Los niños reciben dos dosis de la vacuna triple viral (sarampión, paperas y rubéola): la primera entre los 12 y 15 meses y la segunda entre los 4 y 6 años, y con dos dosis la protección contra el sarampión es de alrededor del 97 %. Las vacunas no causan autismo.",
    url: url("sarampion-vacuna-triple-viral"),
    topics: ["sarampion", "sarampión", "triple viral", "mmr", "vacunas", "paperas", "rubeola", "autismo"],
    language: "es",
  },
  {
    slug: "salud-mental-988",
    title: "Salud mental y la Línea 988 de Prevención del Suicidio y Crisis",
    summary:
      "Si usted o alguien que conoce piensa en el suicidio o está pasando por una crisis emocional, llame al 988 y marque 2 para español, o envíe un mensaje de texto con la palabra AYUDA al 988, a cualquier hora. Es gratis y confidencial. Si alguien está en peligro inmediato, llame al 911.",
    url: url("salud-mental-988"),
    topics: ["salud mental", "988", "suicidio", "crisis", "depresion", "depresión", "ansiedad", "autolesion"],
    language: "es",
  },
];
