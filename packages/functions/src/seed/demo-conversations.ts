import type { MessageKind, Platform } from "@bedside/core/platform/platform";

/**
 * Demo inbox content for the two demo practices. Every handle, name, phone number and
 * email address is fictional (phones 555-01xx, emails @example.com). The conversations go
 * through the real ingest and triage; expectedCategory is only the label we meant, per
 * /work/shared/triage-taxonomy.md, so the demo can be checked against the engine.
 */

export interface DemoMessage {
  text: string;
  author: { handle?: string; name?: string; platformId: string };
  minutesAfterStart?: number;
}

export interface DemoConversation {
  key: string;
  platform: Platform;
  kind: MessageKind;
  /** When the conversation started, in days before the seed runs (0..29, fractional ok). */
  daysAgo: number;
  /** The practice's own post or article a comment was left on. */
  context?: { text: string; url?: string };
  /** Inbound messages; the first starts the conversation. */
  messages: DemoMessage[];
  /** A safe reply the practice already sent. */
  answered?: { reply: string; afterMinutes: number };
  expectedCategory: "urgent" | "personal" | "education" | "logistics" | "feedback" | "other";
  language: "en" | "es";
}

const EDU_EN = "For advice about your own health, talk to your clinician.";
const EDU_ES = "Para consejos sobre su propia salud, hable con su médico.";
const ARTICLE = (slug: string) => `https://riverside.example/articles/${slug}`;
const RIVERSIDE_PHONE = "(555) 010-0100";
const LAKESIDE_PHONE = "(555) 010-0200";

const PRIVATE_EN = `We can't discuss individual health questions here. Please call us at ${RIVERSIDE_PHONE} or send a secure message through our patient portal, if you have an account, so a clinician can help.`;
const PRIVATE_ES = `No podemos hablar de asuntos de salud personales por este medio. Por favor llámenos al ${RIVERSIDE_PHONE} o envíe un mensaje seguro por nuestro portal de pacientes, si tiene una cuenta, y un profesional de la salud le ayudará.`;

export const RIVERSIDE_CONVERSATIONS: DemoConversation[] = [
  // ---------------------------------------------------------------- X
  {
    key: "x-mammogram-age",
    platform: "x",
    kind: "mention",
    daysAgo: 3.2,
    messages: [
      {
        text: "@RiversideFamMed ok so is it 40 or 50 for mammograms now?? my sister says 50, my coworker says 40 🤷‍♀️ #BreastCancerAwareness",
        author: { handle: "jen_runs_far", name: "Jen O.", platformId: "x-u-7710021" },
      },
    ],
    answered: {
      reply: `Great question! Since 2024 the USPSTF recommends a screening mammogram every 2 years for women 40 to 74 at average risk. More: ${ARTICLE("breast-cancer-screening")} ${EDU_EN}`,
      afterMinutes: 95,
    },
    expectedCategory: "education",
    language: "en",
  },
  {
    key: "x-flu-shot-myth",
    platform: "x",
    kind: "mention",
    daysAgo: 11.4,
    messages: [
      {
        text: "real talk @RiversideFamMed does the flu shot give you the flu? half my office is skipping it this year 😬 #fluseason",
        author: { handle: "marcus_bakes", name: "Marcus T.", platformId: "x-u-7710188" },
      },
      {
        text: "@RiversideFamMed also is it too late to get one once flu is already going around?",
        author: { handle: "marcus_bakes", name: "Marcus T.", platformId: "x-u-7710188" },
        minutesAfterStart: 14,
      },
    ],
    answered: {
      reply: `The flu shot can't give you the flu — it has no live virus. A sore arm or a tired day is common. And it's not too late: it still helps while flu is circulating. ${ARTICLE("flu-shot-facts")} ${EDU_EN}`,
      afterMinutes: 70,
    },
    expectedCategory: "education",
    language: "en",
  },
  {
    key: "x-anaphylaxis-now",
    platform: "x",
    kind: "mention",
    daysAgo: 0.02,
    messages: [
      {
        text: "@RiversideFamMed ate a cookie that had peanuts in it and my throat feels tight, lips swelling up fast, hard to swallow. what do i do",
        author: { handle: "tay_lor_made", name: "Taylor", platformId: "x-u-7712450" },
      },
    ],
    expectedCategory: "urgent",
    language: "en",
  },
  {
    key: "x-same-day-shoutout",
    platform: "x",
    kind: "mention",
    daysAgo: 6.7,
    messages: [
      {
        text: "Shoutout to @RiversideFamMed for squeezing me in same-day and the front desk being so kind about it 🙌 this is what a neighborhood practice should feel like #ShopLocal",
        author: { handle: "devon_k", name: "Devon K.", platformId: "x-u-7713090" },
      },
    ],
    answered: { reply: "Thank you so much for the shoutout! We'll pass this along to our front desk team 💙", afterMinutes: 180 },
    expectedCategory: "feedback",
    language: "en",
  },
  {
    key: "x-saturday-hours",
    platform: "x",
    kind: "mention",
    daysAgo: 19.3,
    messages: [
      {
        text: "@RiversideFamMed are you open saturdays? I work M-F and can never make it in 😩",
        author: { handle: "nightshift_nora", name: "Nora", platformId: "x-u-7713377" },
      },
    ],
    answered: {
      reply: `Yes! We're open Saturdays 9am–12pm, plus Mon–Fri 8am–6pm. Book online at https://riverside.example/book or call ${RIVERSIDE_PHONE}.`,
      afterMinutes: 40,
    },
    expectedCategory: "logistics",
    language: "en",
  },
  {
    key: "x-bp-double-dose",
    platform: "x",
    kind: "mention",
    daysAgo: 2.1,
    messages: [
      {
        text: "@RiversideFamMed home cuff said 152/96 this morning even on my lisinopril. should I just take two tonight?? #hypertension",
        author: { handle: "gary_fishes", name: "Gary W.", platformId: "x-u-7714001" },
      },
    ],
    answered: {
      reply: `Thanks for reaching out. ${PRIVATE_EN} If you ever have severe symptoms, call 911.`,
      afterMinutes: 25,
    },
    expectedCategory: "personal",
    language: "en",
  },
  {
    key: "x-follower-spam",
    platform: "x",
    kind: "mention",
    daysAgo: 8.9,
    messages: [
      {
        text: "@RiversideFamMed 🔥 Grow your clinic to 10K followers in 7 days!! Real engagement, cheap prices 👉 DM us now #growth #marketing #doctors #healthcare",
        author: { handle: "boost_grow_4u", name: "Boost Growth Pro", platformId: "x-u-9990001" },
      },
    ],
    expectedCategory: "other",
    language: "en",
  },
  {
    key: "x-dm-flutter-last-week",
    platform: "x",
    kind: "direct_message",
    daysAgo: 14.6,
    messages: [
      {
        text: "Hi, not an emergency — last Tuesday my heart fluttered for maybe 2 minutes on the treadmill, then it stopped and I've felt totally fine since. Is that something I should get checked out?",
        author: { handle: "coach_ray", name: "Ray P.", platformId: "x-u-7714532" },
      },
    ],
    expectedCategory: "personal",
    language: "en",
  },
  {
    key: "x-dm-lunar-es",
    platform: "x",
    kind: "direct_message",
    daysAgo: 22.5,
    messages: [
      {
        text: "Hola, tengo un lunar en la espalda que en los últimos meses se puso más oscuro y a veces me pica. ¿Es peligroso? ¿Tengo que ir con un dermatólogo?",
        author: { handle: "lupita_rdz", name: "Lupita R.", platformId: "x-u-7715120" },
      },
    ],
    expectedCategory: "personal",
    language: "es",
  },
  {
    key: "x-antibioticos-resfriado",
    platform: "x",
    kind: "mention",
    daysAgo: 16.2,
    messages: [
      {
        text: "@RiversideFamMed pregunta seria: ¿los antibióticos curan el resfriado? En mi familia todos los piden en cuanto empiezan los mocos 😅 #gripa",
        author: { handle: "el_profe_mario", name: "Mario G.", platformId: "x-u-7715399" },
      },
    ],
    answered: {
      reply: `¡Buena pregunta! Los antibióticos no curan el resfriado: lo causan virus, y los antibióticos solo actúan contra bacterias. Usarlos sin necesidad puede causar efectos secundarios y resistencia. ${ARTICLE("resfriado-alergias-antibioticos")} ${EDU_ES}`,
      afterMinutes: 150,
    },
    expectedCategory: "education",
    language: "es",
  },
  {
    key: "x-measles-adults",
    platform: "x",
    kind: "mention",
    daysAgo: 0.8,
    messages: [
      {
        text: "With all the measles news lately — do adults need another MMR shot or are we covered from when we were kids? @RiversideFamMed #measles",
        author: { handle: "paula_reads", name: "Paula S.", platformId: "x-u-7716002" },
      },
    ],
    expectedCategory: "education",
    language: "en",
  },

  // ---------------------------------------------------------------- Facebook
  {
    key: "fb-colorectal-45",
    platform: "facebook",
    kind: "comment",
    daysAgo: 25.1,
    context: {
      text: "Reminder: colorectal cancer screening now starts at 45 for adults at average risk. There's more than one way to get screened — ask us which test fits you.",
    },
    messages: [
      {
        text: "Wait, 45?? I thought it was 50. And is a colonoscopy the only option or is there a stool test thing?",
        author: { name: "Brenda Hollis", platformId: "fb-100048812" },
      },
    ],
    answered: {
      reply: `Good question, Brenda! The starting age moved to 45 in 2021 for adults at average risk. Options include colonoscopy every 10 years or a stool test such as a yearly FIT (a positive result needs a follow-up colonoscopy). ${ARTICLE("colorectal-cancer-screening")} ${EDU_EN}`,
      afterMinutes: 210,
    },
    expectedCategory: "education",
    language: "en",
  },
  {
    key: "fb-vacuna-gripe-es",
    platform: "facebook",
    kind: "comment",
    daysAgo: 12.3,
    context: { text: "¡Ya tenemos la vacuna contra la gripe! Protéjase usted y proteja a su familia esta temporada. 💉" },
    messages: [
      {
        text: "¿Es cierto que la vacuna te da gripe? Mi mamá dice que cada vez que se la pone se enferma 🤔",
        author: { name: "Yesenia Cruz", platformId: "fb-100051177" },
      },
    ],
    answered: {
      reply: `¡Hola, Yesenia! La vacuna contra la gripe no puede causar gripe: no contiene virus vivo. Algunas personas tienen dolor en el brazo o cansancio por un día, y eso pasa pronto. ${ARTICLE("vacuna-gripe-mitos")} ${EDU_ES}`,
      afterMinutes: 90,
    },
    expectedCategory: "education",
    language: "es",
  },
  {
    key: "fb-dm-derrame-es",
    platform: "facebook",
    kind: "direct_message",
    daysAgo: 4.05,
    messages: [
      {
        text: "Por favor ayúdenme, mi esposo de repente no puede levantar el brazo derecho, habla raro y tiene la cara caída de un lado. Empezó hace como 15 minutos",
        author: { name: "Marisol Vega", platformId: "fb-100052230" },
      },
      {
        text: "¿Lo llevo a la clínica?",
        author: { name: "Marisol Vega", platformId: "fb-100052230" },
        minutesAfterStart: 1,
      },
    ],
    answered: {
      reply: "Llame al 911 ahora mismo. No espere ni lo traiga a la clínica: si no puede llamar, vaya de inmediato a la sala de emergencias más cercana.",
      afterMinutes: 2,
    },
    expectedCategory: "urgent",
    language: "es",
  },
  {
    key: "fb-dm-metformin-refill",
    platform: "facebook",
    kind: "direct_message",
    daysAgo: 9.4,
    messages: [
      {
        text: "Hi! I'm almost out of my metformin and the pharmacy says the refill needs approval from the office. Can you send it over today? Thanks so much - Denise",
        author: { name: "Denise Farrow", platformId: "fb-100053981" },
      },
    ],
    answered: {
      reply: `Hi, thanks for your message. For privacy we can't handle prescription requests over Facebook. Please call ${RIVERSIDE_PHONE} or use our secure patient portal, if you have an account, and the team will help.`,
      afterMinutes: 35,
    },
    expectedCategory: "personal",
    language: "en",
  },
  {
    key: "fb-aetna-new-patients",
    platform: "facebook",
    kind: "comment",
    daysAgo: 27.6,
    context: { text: "We're welcoming new patients of all ages! Same-week appointments available. 🏡" },
    messages: [
      {
        text: "Do you take Aetna? And is there a wait list for new patients?",
        author: { name: "Kevin Marsh", platformId: "fb-100055402" },
      },
    ],
    expectedCategory: "logistics",
    language: "en",
  },
  {
    key: "fb-dm-nuevos-pacientes-es",
    platform: "facebook",
    kind: "direct_message",
    daysAgo: 18.2,
    messages: [
      {
        text: "Hola, buenas tardes. ¿Aceptan pacientes nuevos? ¿Hay algún doctor o enfermera que hable español? Gracias",
        author: { name: "Rogelio Ibarra", platformId: "fb-100056613" },
      },
    ],
    answered: {
      reply: `¡Hola! Sí, estamos aceptando pacientes nuevos y tenemos personal que habla español. Puede llamar al ${RIVERSIDE_PHONE} o hacer su cita en https://riverside.example/book.`,
      afterMinutes: 45,
    },
    expectedCategory: "logistics",
    language: "es",
  },
  {
    key: "fb-friend-sertraline",
    platform: "facebook",
    kind: "comment",
    daysAgo: 7.8,
    context: { text: "Your mental health matters as much as your physical health. Reaching out is a sign of strength. 💚" },
    messages: [
      {
        text: "Asking for a friend — she's been on sertraline about 2 months and still feels flat and can't sleep. Should she ask to switch to something else?",
        author: { name: "Carla Dunn", platformId: "fb-100057024" },
      },
    ],
    expectedCategory: "personal",
    language: "en",
  },
  {
    key: "fb-longtime-love",
    platform: "facebook",
    kind: "comment",
    daysAgo: 21.9,
    context: { text: "Meet the team! 👋 From the front desk to the exam room, we're here for your whole family." },
    messages: [
      {
        text: "Been coming to Riverside for 12 years. Dr. Patel and Maria at the front desk are the best 💕 wouldn't go anywhere else",
        author: { name: "Joanne Pruitt", platformId: "fb-100058119" },
      },
    ],
    expectedCategory: "feedback",
    language: "en",
  },
  {
    key: "fb-cold-or-allergies",
    platform: "facebook",
    kind: "comment",
    daysAgo: 1.6,
    context: { text: "Pollen counts are climbing this week. 🌼 Keep windows closed on high-pollen days." },
    messages: [
      {
        text: "How do you tell if it's allergies or a cold? Every spring nobody in our house can ever tell 🤧",
        author: { name: "Tim Becker", platformId: "fb-100059340" },
      },
    ],
    expectedCategory: "education",
    language: "en",
  },
  {
    key: "fb-mercado-offtopic-es",
    platform: "facebook",
    kind: "comment",
    daysAgo: 10.5,
    context: { text: "¡Feliz fin de semana, Riverside! ☀️ Salgan a caminar y disfruten del parque." },
    messages: [
      {
        text: "¿Alguien sabe si el mercado de la calle Elm abre el domingo? 🍎🥕",
        author: { name: "Graciela Ponce", platformId: "fb-100060021" },
      },
    ],
    expectedCategory: "other",
    language: "es",
  },

  // ---------------------------------------------------------------- Instagram
  {
    key: "ig-dm-crisis",
    platform: "instagram",
    kind: "direct_message",
    daysAgo: 5.3,
    messages: [
      {
        text: "i dont think i can keep doing this. ive been thinking about ending it tonight and i have pills saved up",
        author: { handle: "quiet.river.22", platformId: "ig-17841400112" },
      },
    ],
    answered: {
      reply: "We're really glad you reached out. Please call or text 988 right now to talk with someone at the Suicide and Crisis Lifeline — they're there 24/7. If you're in immediate danger, call 911 or go to the nearest emergency department. You don't have to go through this alone.",
      afterMinutes: 2,
    },
    expectedCategory: "urgent",
    language: "en",
  },
  {
    key: "ig-spf-cloudy",
    platform: "instagram",
    kind: "comment",
    daysAgo: 23.4,
    context: { text: "Summer skin tip ☀️ Broad-spectrum SPF 30+, reapply every 2 hours, and don't forget your ears and the back of your neck! #SunSafety" },
    messages: [
      {
        text: "Is SPF 15 really not enough?? and do I need it on cloudy days too 🥲",
        author: { handle: "sunny.sara.b", platformId: "ig-17841400233" },
      },
    ],
    expectedCategory: "education",
    language: "en",
  },
  {
    key: "ig-mamografia-edad-es",
    platform: "instagram",
    kind: "comment",
    daysAgo: 13.7,
    context: { text: "Una mamografía a tiempo puede salvar vidas 💗 Pregúntenos cuándo le toca. #SaludDeLaMujer" },
    messages: [
      {
        text: "¿A partir de qué edad se recomienda la mamografía? ¿Y cada cuánto? 🙏",
        author: { handle: "carmen.sanchez.m", platformId: "ig-17841400344" },
      },
    ],
    answered: {
      reply: `¡Hola! Para mujeres con riesgo promedio se recomienda una mamografía cada 2 años de los 40 a los 74 años (USPSTF, 2024). ${ARTICLE("mamografia-cancer-de-mama")} ${EDU_ES}`,
      afterMinutes: 130,
    },
    expectedCategory: "education",
    language: "es",
  },
  {
    key: "ig-dm-birads",
    platform: "instagram",
    kind: "direct_message",
    daysAgo: 3.9,
    messages: [
      {
        text: "Hi, I got a letter saying my mammogram was 'BI-RADS 0' and they want more pictures. Does that mean cancer?? I'm freaking out",
        author: { handle: "kat.in.the.garden", platformId: "ig-17841400455" },
      },
      {
        text: "sorry I know you probably can't say much. just scared",
        author: { handle: "kat.in.the.garden", platformId: "ig-17841400455" },
        minutesAfterStart: 6,
      },
    ],
    answered: {
      reply: `We're sorry you're feeling worried — that's completely understandable. We can't discuss individual results over Instagram, but a clinician can go over this with you. Please call ${RIVERSIDE_PHONE} or send a message through our patient portal, if you have an account.`,
      afterMinutes: 30,
    },
    expectedCategory: "personal",
    language: "en",
  },
  {
    key: "ig-waiting-room",
    platform: "instagram",
    kind: "comment",
    daysAgo: 28.2,
    context: { text: "Our newly renovated waiting room is open! 🌿 Come see the new look." },
    messages: [
      {
        text: "omg it looks so calming now 😍 love the plants!!",
        author: { handle: "mel.makes.things", platformId: "ig-17841400566" },
      },
    ],
    expectedCategory: "feedback",
    language: "en",
  },
  {
    key: "ig-dm-parking",
    platform: "instagram",
    kind: "direct_message",
    daysAgo: 15.1,
    messages: [
      {
        text: "where are we supposed to park? the lot out front was totally full earlier 😕",
        author: { handle: "jayden.wu", platformId: "ig-17841400677" },
      },
    ],
    expectedCategory: "logistics",
    language: "en",
  },
  {
    key: "ig-detox-tea-spam",
    platform: "instagram",
    kind: "comment",
    daysAgo: 17.8,
    context: { text: "5 small swaps for a heart-healthy kitchen 🥗 Which one will you try first?" },
    messages: [
      {
        text: "🌿 My detox tea REVERSED my diabetes in 30 days!! No more meds 🙌 link in bio, 20% off today only 💸",
        author: { handle: "natur4l.glow.shop", platformId: "ig-99900002" },
      },
    ],
    expectedCategory: "other",
    language: "en",
  },
  {
    key: "ig-acne-hija-es",
    platform: "instagram",
    kind: "comment",
    daysAgo: 6.2,
    context: { text: "¿Sabía que el protector solar también es parte del cuidado de la piel en adolescentes? 🧴" },
    messages: [
      {
        text: "Mi hija de 15 años tiene el acné muy fuerte en la cara y la espalda, ya probamos de todo. ¿Qué crema le puedo poner?",
        author: { handle: "mama.de.tres.vale", platformId: "ig-17841400788" },
      },
    ],
    expectedCategory: "personal",
    language: "es",
  },

  // ---------------------------------------------------------------- LinkedIn
  {
    key: "li-dense-breast",
    platform: "linkedin",
    kind: "comment",
    daysAgo: 20.4,
    context: { text: "What the 2024 USPSTF breast cancer screening update means for our community: biennial mammography now starts at 40." },
    messages: [
      {
        text: "Thanks for sharing. Curious how you're approaching supplemental imaging for dense breasts — the task force called the evidence insufficient, right? — Jordan Ellis, NP",
        author: { name: "Jordan Ellis", platformId: "urn:li:person:je4410" },
      },
    ],
    expectedCategory: "education",
    language: "en",
  },
  {
    key: "li-pneumococcal-50",
    platform: "linkedin",
    kind: "comment",
    daysAgo: 24.7,
    context: { text: "Vaccines aren't just for kids. Here's what adults 50+ should ask about at their next checkup." },
    messages: [
      {
        text: "Community pharmacist here 👋 Are practices already moving to the lower pneumococcal vaccine age of 50? We're getting a lot of questions at the counter.",
        author: { name: "Priya Raman, PharmD", platformId: "urn:li:person:pr7781" },
      },
    ],
    expectedCategory: "education",
    language: "en",
  },
  {
    key: "li-dm-wellness-bp",
    platform: "linkedin",
    kind: "direct_message",
    daysAgo: 26.3,
    messages: [
      {
        text: "Hello, I coordinate employee wellness at Harbor Freightways. We're planning a lunch-and-learn on heart health — which blood pressure numbers should a general audience know, and is there a handout you'd recommend? Best, Dana Whitfield",
        author: { name: "Dana Whitfield", platformId: "urn:li:person:dw2290" },
      },
    ],
    answered: {
      reply: `Hi Dana, happy to help. US guidelines consider 130/80 or higher high blood pressure, and because it usually causes no symptoms, regular checks matter. Our article covers home measurement tips: ${ARTICLE("high-blood-pressure")} ${EDU_EN}`,
      afterMinutes: 480,
    },
    expectedCategory: "education",
    language: "en",
  },
  {
    key: "li-dm-pt-notes",
    platform: "linkedin",
    kind: "direct_message",
    daysAgo: 9.9,
    messages: [
      {
        text: "Hi, I'm a physical therapist at a clinic across town and we share a lot of patients with you. What's the best secure way to send progress notes back to your physicians — fax or Direct messaging?",
        author: { name: "Marcus Lindqvist, DPT", platformId: "urn:li:person:ml5531" },
      },
    ],
    expectedCategory: "logistics",
    language: "en",
  },
  {
    key: "li-dm-seo-pitch",
    platform: "linkedin",
    kind: "direct_message",
    daysAgo: 2.9,
    messages: [
      {
        text: "Hi there — I help independent practices 3x their new-patient bookings with AI-driven local SEO. Open to a quick 15-min call this week? I have a few slots Thursday.",
        author: { name: "Brett Coleman", platformId: "urn:li:person:bc0007" },
      },
    ],
    expectedCategory: "other",
    language: "en",
  },
  {
    key: "li-mother-dizzy",
    platform: "linkedin",
    kind: "comment",
    daysAgo: 12.9,
    context: { text: "Managing blood pressure after 65: why home readings matter." },
    messages: [
      {
        text: "My mother is 78 and has been dizzy since a new blood pressure pill was added last month. Should she stop it until her next appointment?",
        author: { name: "Elaine Porter", platformId: "urn:li:person:ep3318" },
      },
    ],
    expectedCategory: "personal",
    language: "en",
  },
  {
    key: "li-20-years",
    platform: "linkedin",
    kind: "comment",
    daysAgo: 28.6,
    context: { text: "Riverside Family Medicine turns 20 this month! Thank you to our staff, partners and community." },
    messages: [
      {
        text: "Congratulations on 20 years serving the Riverside community! Proud to have referred so many families your way.",
        author: { name: "Dr. Helen Okafor", platformId: "urn:li:person:ho1120" },
      },
    ],
    expectedCategory: "feedback",
    language: "en",
  },

  // ---------------------------------------------------------------- Google reviews
  {
    key: "gr-5star-listens",
    platform: "google_reviews",
    kind: "review",
    daysAgo: 4.7,
    messages: [
      {
        text: "Five stars. Dr. Patel actually listens and I never feel rushed. The nurses explain everything and the front desk returns calls the same day. Highly recommend.",
        author: { name: "Samantha Greer", platformId: "gbp-reviewer-40112" },
      },
    ],
    answered: { reply: "Thank you for the wonderful review! We'll share your kind words with the whole team.", afterMinutes: 720 },
    expectedCategory: "feedback",
    language: "en",
  },
  {
    key: "gr-1star-wait",
    platform: "google_reviews",
    kind: "review",
    daysAgo: 8.1,
    messages: [
      {
        text: "Waited 55 minutes past my appointment time and no one said a word. Staff were nice once I got in the room but the wait is ridiculous. 1 star until they fix it.",
        author: { name: "Derek Nguyen", platformId: "gbp-reviewer-40278" },
      },
    ],
    answered: {
      reply: `We're sorry to hear this, and thank you for telling us. We'd like to learn more — please call our practice manager at ${RIVERSIDE_PHONE}.`,
      afterMinutes: 600,
    },
    expectedCategory: "feedback",
    language: "en",
  },
  {
    key: "gr-5star-espanol",
    platform: "google_reviews",
    kind: "review",
    daysAgo: 16.9,
    messages: [
      {
        text: "Excelente atención. Por fin una clínica donde me explican todo en español y con paciencia. La recepcionista Maria es un amor. 100% recomendados.",
        author: { name: "Alma Rosales", platformId: "gbp-reviewer-40391" },
      },
    ],
    answered: { reply: "¡Muchas gracias por sus palabras! Se las compartiremos a todo el equipo.", afterMinutes: 540 },
    expectedCategory: "feedback",
    language: "es",
  },
  {
    key: "gr-4star-a1c-thanks",
    platform: "google_reviews",
    kind: "review",
    daysAgo: 21.2,
    messages: [
      {
        text: "Thank you to the whole team for helping me get my diabetes under control this past year — my A1c is finally where it should be. Only 4 stars because parking is a pain.",
        author: { name: "Walter Briggs", platformId: "gbp-reviewer-40455" },
      },
    ],
    expectedCategory: "feedback",
    language: "en",
  },
  {
    key: "gr-2star-recepcion-es",
    platform: "google_reviews",
    kind: "review",
    daysAgo: 11.0,
    messages: [
      {
        text: "La recepcionista me habló de muy mala manera por llegar 5 minutos tarde. ¿Así tratan a la gente que lleva años viniendo? Los doctores bien, pero el trato en la entrada deja mucho que desear.",
        author: { name: "Héctor Salinas", platformId: "gbp-reviewer-40519" },
      },
    ],
    expectedCategory: "feedback",
    language: "es",
  },
  {
    key: "gr-2star-online-booking",
    platform: "google_reviews",
    kind: "review",
    daysAgo: 5.8,
    messages: [
      {
        text: "Spent 40 minutes on hold trying to book. Do you have online scheduling or not? The website wasn't clear. 2 stars.",
        author: { name: "Rachel Kim", platformId: "gbp-reviewer-40602" },
      },
    ],
    answered: {
      reply: "We're sorry about the hold time. Yes — you can book online any time at https://riverside.example/book, and the link is now at the top of our home page. Thank you for the feedback.",
      afterMinutes: 300,
    },
    expectedCategory: "logistics",
    language: "en",
  },
  {
    key: "gr-wrong-business",
    platform: "google_reviews",
    kind: "review",
    daysAgo: 19.9,
    messages: [
      {
        text: "Took my truck in for brakes and they STILL squeal. Overpriced and nobody called me back. One star.",
        author: { name: "Bobby Lyle", platformId: "gbp-reviewer-40733" },
      },
    ],
    expectedCategory: "other",
    language: "en",
  },
  {
    key: "gr-5star-saturday",
    platform: "google_reviews",
    kind: "review",
    daysAgo: 1.3,
    messages: [
      {
        text: "Clean, on time, and friendly. The Saturday morning hours are a lifesaver for working parents. 5/5.",
        author: { name: "Tanya Brooks", platformId: "gbp-reviewer-40841" },
      },
    ],
    expectedCategory: "feedback",
    language: "en",
  },

  // ---------------------------------------------------------------- Blog comments
  {
    key: "blog-bp-wrist-cuff",
    platform: "blog",
    kind: "comment",
    daysAgo: 18.6,
    context: { text: "High blood pressure: the silent condition you can measure at home", url: ARTICLE("high-blood-pressure") },
    messages: [
      {
        text: "Great article. Are wrist cuffs accurate or is an upper-arm one better? And is morning or evening the better time to take readings?",
        author: { name: "Phil Anders", platformId: "wp-commenter-2201" },
      },
    ],
    expectedCategory: "education",
    language: "en",
  },
  {
    key: "blog-eggs-cholesterol",
    platform: "blog",
    kind: "comment",
    daysAgo: 7.2,
    context: { text: "Cholesterol basics: LDL, HDL and what the numbers mean", url: ARTICLE("cholesterol-basics") },
    messages: [
      {
        text: "So are eggs bad for cholesterol or not? The internet can't make up its mind lol",
        author: { name: "Nadia F.", platformId: "wp-commenter-2214" },
      },
      {
        text: "And same question for shrimp and coconut oil while we're at it 😅",
        author: { name: "Nadia F.", platformId: "wp-commenter-2214" },
        minutesAfterStart: 9,
      },
    ],
    expectedCategory: "education",
    language: "en",
  },
  {
    key: "blog-prediabetes-es",
    platform: "blog",
    kind: "comment",
    daysAgo: 14.1,
    context: { text: "Cómo prevenir la diabetes tipo 2", url: ARTICLE("prevenir-diabetes-tipo-2") },
    messages: [
      {
        text: "Muy buen artículo, gracias. ¿La prediabetes se puede revertir o ya es para siempre?",
        author: { name: "Ernesto Villa", platformId: "wp-commenter-2230" },
      },
    ],
    answered: {
      reply: `¡Gracias, Ernesto! Muchas veces sí se puede revertir: bajar entre un 5 y un 7 % del peso y hacer 150 minutos de actividad moderada a la semana reduce mucho el riesgo de llegar a diabetes tipo 2. ${EDU_ES}`,
      afterMinutes: 700,
    },
    expectedCategory: "education",
    language: "es",
  },
  {
    key: "blog-flu-arm-swollen",
    platform: "blog",
    kind: "comment",
    daysAgo: 10.8,
    context: { text: "Flu shot facts: why the vaccine can't give you the flu", url: ARTICLE("flu-shot-facts") },
    messages: [
      {
        text: "I got my flu shot 3 days ago and my arm is still red, warm and swollen almost down to the elbow. Is that normal or should I worry?",
        author: { name: "Gloria M.", platformId: "wp-commenter-2245" },
      },
    ],
    expectedCategory: "personal",
    language: "en",
  },
  {
    key: "blog-melatonin-more",
    platform: "blog",
    kind: "comment",
    daysAgo: 3.4,
    context: { text: "Healthy sleep: how much you need and how to get it", url: ARTICLE("healthy-sleep") },
    messages: [
      {
        text: "I've been taking 10mg of melatonin every night for 6 months and I still wake up at 3am. Should I take more?",
        author: { name: "Owen Blake", platformId: "wp-commenter-2258" },
      },
    ],
    expectedCategory: "personal",
    language: "en",
  },
  {
    key: "blog-sleep-thanks",
    platform: "blog",
    kind: "comment",
    daysAgo: 24.0,
    context: { text: "Healthy sleep: how much you need and how to get it", url: ARTICLE("healthy-sleep") },
    messages: [
      {
        text: "Really clear explanation — I shared it with my whole book club. Thank you for writing in plain English!",
        author: { name: "Marjorie Tate", platformId: "wp-commenter-2263" },
      },
    ],
    expectedCategory: "feedback",
    language: "en",
  },
  {
    key: "blog-cheap-meds-spam",
    platform: "blog",
    kind: "comment",
    daysAgo: 0.6,
    context: { text: "Antibiotics and colds: why they don't help", url: ARTICLE("antibiotics-colds") },
    messages: [
      {
        text: "Nice post!! Buy cheap meds online, no prescription needed, fast discreet shipping >>> rx-discount-pills.example <<<",
        author: { name: "best pharmacy", platformId: "wp-commenter-9901" },
      },
    ],
    expectedCategory: "other",
    language: "en",
  },
  {
    key: "blog-new-patients-county",
    platform: "blog",
    kind: "comment",
    daysAgo: 26.9,
    context: { text: "Colorectal cancer screening starts at 45: your options", url: ARTICLE("colorectal-cancer-screening") },
    messages: [
      {
        text: "Do you take new patients from outside Riverside County? I'd love to switch to a practice that explains things like this.",
        author: { name: "Lena Sorensen", platformId: "wp-commenter-2277" },
      },
    ],
    expectedCategory: "logistics",
    language: "en",
  },
  {
    key: "blog-infarto-mujeres-es",
    platform: "blog",
    kind: "comment",
    daysAgo: 2.4,
    context: { text: "Señales de infarto y derrame cerebral: cuándo llamar al 911", url: ARTICLE("senales-infarto-derrame") },
    messages: [
      {
        text: "¿Los síntomas de un infarto son diferentes en las mujeres? Leí que a veces no hay dolor de pecho.",
        author: { name: "Patricia Luna", platformId: "wp-commenter-2289" },
      },
    ],
    expectedCategory: "education",
    language: "es",
  },

  // ---------------------------------------------------------------- Web form
  {
    key: "wf-newborn-fever",
    platform: "web_form",
    kind: "form_submission",
    daysAgo: 0.03,
    messages: [
      {
        text: "Name: Kayla Reed\nPhone: 555-0167\nMessage: My baby is 3 weeks old and her temperature is 100.8 rectal right now. She's sleepier than usual and not feeding well. What should I do?",
        author: { name: "Kayla Reed", platformId: "kayla.reed@example.com" },
      },
    ],
    expectedCategory: "urgent",
    language: "en",
  },
  {
    key: "wf-records-transfer",
    platform: "web_form",
    kind: "form_submission",
    daysAgo: 20.8,
    messages: [
      {
        text: "Name: Omar Haddad\nMessage: Hi, I'm moving out of state next month. How do I get my records sent to my new doctor? Is there a form I need to fill out?",
        author: { name: "Omar Haddad", platformId: "omar.haddad@example.com" },
      },
    ],
    answered: {
      reply: `Hi Omar, thanks for reaching out. You can request a records transfer with our release form at https://riverside.example/forms, or pick one up at the front desk. Questions? Call ${RIVERSIDE_PHONE}.`,
      afterMinutes: 200,
    },
    expectedCategory: "logistics",
    language: "en",
  },
  {
    key: "wf-telemedicina-es",
    platform: "web_form",
    kind: "form_submission",
    daysAgo: 8.6,
    messages: [
      {
        text: "Nombre: Julia Paredes\nMensaje: Buenas, ¿ustedes ofrecen consultas por video? Trabajo lejos y se me hace muy difícil ir en persona entre semana.",
        author: { name: "Julia Paredes", platformId: "julia.paredes@example.com" },
      },
    ],
    expectedCategory: "logistics",
    language: "es",
  },
  {
    key: "wf-results-email",
    platform: "web_form",
    kind: "form_submission",
    daysAgo: 5.1,
    messages: [
      {
        text: "Name: Rob Gomez\nMessage: Hello, I had blood work done last Thursday including my A1c and cholesterol. Can someone just email me the results? My email is rob.gomez@example.com",
        author: { name: "Rob Gomez", platformId: "rob.gomez@example.com" },
      },
    ],
    expectedCategory: "personal",
    language: "en",
  },
  {
    key: "wf-ultrasonido-es",
    platform: "web_form",
    kind: "form_submission",
    daysAgo: 17.2,
    messages: [
      {
        text: "Nombre: Beatriz Olmos\nTeléfono: 555-0172\nMensaje: Necesito cambiar la fecha de mi ultrasonido de abdomen del martes. ¿Qué otros días tienen disponibles?",
        author: { name: "Beatriz Olmos", platformId: "beatriz.olmos@example.com" },
      },
    ],
    answered: {
      reply: `Gracias por su mensaje. Para proteger su privacidad, este tipo de solicitudes se atiende por teléfono: por favor llámenos al ${RIVERSIDE_PHONE} y con gusto le ayudamos.`,
      afterMinutes: 110,
    },
    expectedCategory: "personal",
    language: "es",
  },
  {
    key: "wf-hpv-ages",
    platform: "web_form",
    kind: "form_submission",
    daysAgo: 22.0,
    messages: [
      {
        text: "Name: Grace Whitman\nMessage: General question: is the HPV vaccine only for girls, and is there an age where it's too late? Trying to understand the recommendations.",
        author: { name: "Grace Whitman", platformId: "grace.whitman@example.com" },
      },
    ],
    expectedCategory: "education",
    language: "en",
  },
  {
    key: "wf-limpieza-promo-es",
    platform: "web_form",
    kind: "form_submission",
    daysAgo: 13.3,
    messages: [
      {
        text: "Nombre: Servicios Brillo Total\nMensaje: ¡Ofrecemos limpieza y desinfección de consultorios médicos a precios increíbles! Primera visita con 30% de descuento. Llámenos al 555-0188.",
        author: { name: "Servicios Brillo Total", platformId: "ventas@brillototal.example.com" },
      },
    ],
    expectedCategory: "other",
    language: "es",
  },

  // ---------------------------------------------------------------- Email
  {
    key: "email-son-sore-throat",
    platform: "email",
    kind: "email",
    daysAgo: 1.9,
    messages: [
      {
        text: "Subject: Question about my son\n\nHello,\nMy son Ethan (17) has had a sore throat for five days and now a faint rash on his chest. No fever. Does he need to be seen or can we wait it out?\n\nThanks,\nLaura Benton",
        author: { name: "Laura Benton", platformId: "laura.benton@example.com" },
      },
      {
        text: "Forgot to add — he's allergic to amoxicillin, in case that matters.\n\nLaura",
        author: { name: "Laura Benton", platformId: "laura.benton@example.com" },
        minutesAfterStart: 45,
      },
    ],
    answered: {
      reply: `Hello,\n\nThank you for writing. We can't give advice about an individual's symptoms by email, but our team can arrange for a clinician to help. Please call ${RIVERSIDE_PHONE}. If anyone has trouble breathing or seems seriously ill, call 911.\n\nWarm regards,\nRiverside Family Medicine`,
      afterMinutes: 75,
    },
    expectedCategory: "personal",
    language: "en",
  },
  {
    key: "email-papa-azucar-es",
    platform: "email",
    kind: "email",
    daysAgo: 6.9,
    messages: [
      {
        text: "Asunto: Pregunta sobre mi papá\n\nBuenos días:\nMi papá tiene diabetes y esta semana su azúcar ha salido entre 250 y 300 en las mañanas. ¿Le debemos subir la insulina?\n\nGracias,\nRosa Martínez",
        author: { name: "Rosa Martínez", platformId: "rosa.martinez@example.com" },
      },
    ],
    answered: {
      reply: `Buenos días:\n\nGracias por escribirnos. ${PRIVATE_ES} Si su familiar se siente muy mal o tiene una emergencia, llame al 911.\n\nAtentamente,\nRiverside Family Medicine`,
      afterMinutes: 90,
    },
    expectedCategory: "personal",
    language: "es",
  },
  {
    key: "email-billing-statement",
    platform: "email",
    kind: "email",
    daysAgo: 15.8,
    messages: [
      {
        text: "Subject: Statement question\n\nHi,\nI received a statement in the mail that says 'balance after insurance' but I thought everything was covered. Who should I talk to about this?\n\nThanks,\nGreg Holloway",
        author: { name: "Greg Holloway", platformId: "greg.holloway@example.com" },
      },
    ],
    expectedCategory: "logistics",
    language: "en",
  },
  {
    key: "email-dia-festivo-es",
    platform: "email",
    kind: "email",
    daysAgo: 0.4,
    messages: [
      {
        text: "Asunto: Horario\n\nHola, ¿van a estar abiertos el próximo lunes que es día festivo? ¿Y el sábado a qué hora abren?\n\nMuchas gracias.\nSaludos,\nAna Quintero",
        author: { name: "Ana Quintero", platformId: "ana.quintero@example.com" },
      },
    ],
    expectedCategory: "logistics",
    language: "es",
  },
  {
    key: "email-sleep-newsletter",
    platform: "email",
    kind: "email",
    daysAgo: 27.2,
    messages: [
      {
        text: "Subject: Newsletter question\n\nHello,\nI edit our neighborhood association newsletter. How much sleep do adults actually need, and could you suggest a couple of simple tips we could print? Happy to credit the practice.\n\nBest,\nTom Reilly",
        author: { name: "Tom Reilly", platformId: "tom.reilly@example.com" },
      },
    ],
    expectedCategory: "education",
    language: "en",
  },
  {
    key: "email-thanks-nurse",
    platform: "email",
    kind: "email",
    daysAgo: 23.9,
    messages: [
      {
        text: "Subject: Thank you\n\nDear Riverside team,\nI want to thank nurse Maria and Dr. Patel for how kindly you looked after my father when he had pneumonia. You always called back and made us feel heard.\n\nWith gratitude,\nSusan Albright",
        author: { name: "Susan Albright", platformId: "susan.albright@example.com" },
      },
    ],
    answered: {
      reply: "Dear Susan,\n\nThank you so much for taking the time to write. We'll share your message with the team — it means a lot to them.\n\nWarmly,\nRiverside Family Medicine",
      afterMinutes: 400,
    },
    expectedCategory: "feedback",
    language: "en",
  },
  {
    key: "email-mailbox-phish",
    platform: "email",
    kind: "email",
    daysAgo: 12.1,
    messages: [
      {
        text: "Subject: ACTION REQUIRED: Mailbox storage full\n\nYour mailbox has exceeded its storage limit. Incoming messages will be rejected. Verify your account within 24 hours: http://mail-verify.example/login\n\nIT Helpdesk",
        author: { name: "IT Helpdesk", platformId: "no-reply@mail-verify.example.com" },
      },
    ],
    expectedCategory: "other",
    language: "en",
  },
  {
    key: "email-rsv-senior-center",
    platform: "email",
    kind: "email",
    daysAgo: 4.3,
    messages: [
      {
        text: "Subject: RSV vaccine\n\nGood afternoon,\nA group of us at the senior center were talking about the RSV vaccine. Is it a yearly shot like the flu one, and who is it meant for?\n\nKind regards,\nHarold Jennings",
        author: { name: "Harold Jennings", platformId: "harold.jennings@example.com" },
      },
    ],
    expectedCategory: "education",
    language: "en",
  },

  // ---------------------------------------------------------------- SMS
  {
    key: "sms-chest-pressure",
    platform: "sms",
    kind: "sms",
    daysAgo: 0.6,
    messages: [
      {
        text: "chest pressure rn going into my left arm and jaw. sweating a lot. can i come in now??",
        author: { platformId: "+15555550143" },
      },
      { text: "its getting worse", author: { platformId: "+15555550143" }, minutesAfterStart: 1 },
    ],
    answered: {
      reply: "Please call 911 right now or go to the nearest emergency department. Do not wait to come to the office.",
      afterMinutes: 2,
    },
    expectedCategory: "urgent",
    language: "en",
  },
  {
    key: "sms-pastillas-es",
    platform: "sms",
    kind: "sms",
    daysAgo: 9.1,
    messages: [
      {
        text: "Mi hermano se tomó un montón de pastillas de mi mamá hace rato y ahorita casi no responde. ¿Qué hago?",
        author: { platformId: "+15555550156" },
      },
    ],
    answered: {
      reply: "Llame al 911 ahora mismo o vaya de inmediato a la sala de emergencias más cercana. Si hay pensamientos de suicidio o de hacerse daño, también puede llamar o enviar un mensaje al 988.",
      afterMinutes: 1,
    },
    expectedCategory: "urgent",
    language: "es",
  },
  {
    key: "sms-lisinopril-refill",
    platform: "sms",
    kind: "sms",
    daysAgo: 2.7,
    messages: [
      {
        text: "need refill on lisinopril 20mg, CVS on main st. dob 4/12/61",
        author: { platformId: "+15555550121" },
      },
    ],
    expectedCategory: "personal",
    language: "en",
  },
  {
    key: "sms-tiroides-es",
    platform: "sms",
    kind: "sms",
    daysAgo: 1.1,
    messages: [
      {
        text: "Hola, ¿ya salieron los resultados de mi prueba de tiroides? Me la hice el lunes",
        author: { platformId: "+15555550134" },
      },
    ],
    expectedCategory: "personal",
    language: "es",
  },
  {
    key: "sms-close-today",
    platform: "sms",
    kind: "sms",
    daysAgo: 7.5,
    messages: [
      { text: "what time u close today", author: { platformId: "+15555550119" } },
      { text: "and r u open sat", author: { platformId: "+15555550119" }, minutesAfterStart: 3 },
      { text: "also do i need to bring my insurance card every time or just the first visit", author: { platformId: "+15555550119" }, minutesAfterStart: 5 },
    ],
    answered: { reply: "We're open until 6pm today (Mon–Fri 8am–6pm) and Saturdays 9am–12pm. Please bring your insurance card and photo ID each time so we can keep everything up to date.", afterMinutes: 10 },
    expectedCategory: "logistics",
    language: "en",
  },
  {
    key: "sms-cancelar-cita-es",
    platform: "sms",
    kind: "sms",
    daysAgo: 3.6,
    messages: [
      {
        text: "Buenas, necesito cancelar mi cita de mañana a las 10, me salió trabajo. ¿Cómo la cambio para otro día?",
        author: { platformId: "+15555550128" },
      },
    ],
    answered: {
      reply: `Gracias por avisarnos. Para cancelar o cambiar una cita, llame al ${RIVERSIDE_PHONE} o entre a https://riverside.example/book.`,
      afterMinutes: 15,
    },
    expectedCategory: "logistics",
    language: "es",
  },
  {
    key: "sms-shingles-50",
    platform: "sms",
    kind: "sms",
    daysAgo: 18.9,
    messages: [
      { text: "quick q is it true the shingles shot is for ppl 50+ now? coworker said so", author: { platformId: "+15555550162" } },
    ],
    answered: {
      reply: `Yes — CDC recommends 2 doses of the shingles vaccine for adults 50 and older. ${ARTICLE("vaccines-older-adults")} ${EDU_EN}`,
      afterMinutes: 30,
    },
    expectedCategory: "education",
    language: "en",
  },
  {
    key: "sms-thanks-mom",
    platform: "sms",
    kind: "sms",
    daysAgo: 0.9,
    messages: [
      {
        text: "thank u all for being so sweet to my mom yesterday, she was so nervous and u had her laughing 💛",
        author: { platformId: "+15555550177" },
      },
    ],
    expectedCategory: "feedback",
    language: "en",
  },
];

export const LAKESIDE_CONVERSATIONS: DemoConversation[] = [
  {
    key: "lk-sms-breathing",
    platform: "sms",
    kind: "sms",
    daysAgo: 0.05,
    messages: [
      {
        text: "my 2 yr old is breathing super fast and his ribs suck in with every breath, lips look kinda blue. what do i do",
        author: { platformId: "+15555550181" },
      },
    ],
    expectedCategory: "urgent",
    language: "en",
  },
  {
    key: "lk-fb-dm-convulsion-es",
    platform: "facebook",
    kind: "direct_message",
    daysAgo: 6.3,
    messages: [
      {
        text: "Mi hijo de 4 años está convulsionando ahorita con fiebre, no deja de temblar y no me contesta",
        author: { name: "Araceli Montes", platformId: "fb-200011204" },
      },
    ],
    answered: { reply: "Llame al 911 ahora mismo o vaya de inmediato a la sala de emergencias más cercana.", afterMinutes: 1 },
    expectedCategory: "urgent",
    language: "es",
  },
  {
    key: "lk-ig-dm-rash",
    platform: "instagram",
    kind: "direct_message",
    daysAgo: 1.4,
    messages: [
      {
        text: "Hi! My daughter (6) has had a red bumpy rash on both arms since yesterday, no fever, she says it itches. Could it be eczema? I can send pics",
        author: { handle: "becca.and.the.girls", platformId: "ig-17841500101" },
      },
      {
        text: "just sent the photos 📸 she's acting totally normal otherwise, playing and eating fine",
        author: { handle: "becca.and.the.girls", platformId: "ig-17841500101" },
        minutesAfterStart: 4,
      },
    ],
    expectedCategory: "personal",
    language: "en",
  },
  {
    key: "lk-email-adhd-refill",
    platform: "email",
    kind: "email",
    daysAgo: 8.2,
    messages: [
      {
        text: "Subject: Refill\n\nHi Dr. Nair's team,\nMy son's ADHD medication ran out and the pharmacy says it needs a new prescription. Can you send one today?\n\nThanks,\nMark Sutton",
        author: { name: "Mark Sutton", platformId: "mark.sutton@example.com" },
      },
    ],
    answered: {
      reply: `Hi Mark,\n\nThanks for reaching out. For privacy we can't handle prescription requests by email. Please call ${LAKESIDE_PHONE} or use our patient portal, if you have an account, and the team will help.\n\nBest,\nLakeside Pediatrics`,
      afterMinutes: 60,
    },
    expectedCategory: "personal",
    language: "en",
  },
  {
    key: "lk-wf-oido-es",
    platform: "web_form",
    kind: "form_submission",
    daysAgo: 3.3,
    messages: [
      {
        text: "Nombre: Lorena Gil\nMensaje: Mi bebé de 10 meses se jala la oreja y llora en las noches desde hace 3 días. ¿Necesita antibiótico?",
        author: { name: "Lorena Gil", platformId: "lorena.gil@example.com" },
      },
    ],
    expectedCategory: "personal",
    language: "es",
  },
  {
    key: "lk-fb-fever-number",
    platform: "facebook",
    kind: "comment",
    daysAgo: 12.6,
    context: { text: "Fever facts for parents 🌡️ A fever is the body's way of fighting infection." },
    messages: [
      {
        text: "At what temperature should a fever actually worry us? I always panic at 100 😅",
        author: { name: "Kristen Lowe", platformId: "fb-200012377" },
      },
    ],
    answered: {
      reply: `Great question, Kristen! How a child looks and acts often matters more than the number. Any fever of 100.4°F or higher in a baby under 3 months needs immediate care, and for trouble breathing, a seizure or a child who's hard to wake, call 911. ${EDU_EN}`,
      afterMinutes: 120,
    },
    expectedCategory: "education",
    language: "en",
  },
  {
    key: "lk-ig-mmr-age",
    platform: "instagram",
    kind: "comment",
    daysAgo: 4.8,
    context: { text: "Back-to-school checklist ✏️ Is your family up to date on vaccines?" },
    messages: [
      {
        text: "When do kids usually get the MMR shot? with all the measles in the news I'm nervous 😟",
        author: { handle: "dad.of.twins.lk", platformId: "ig-17841500212" },
      },
    ],
    expectedCategory: "education",
    language: "en",
  },
  {
    key: "lk-email-vacunas-autismo-es",
    platform: "email",
    kind: "email",
    daysAgo: 15.5,
    messages: [
      {
        text: "Asunto: Duda sobre vacunas\n\nBuenas tardes:\n¿Es verdad que las vacunas causan autismo? Lo leí en un grupo de mamás y me dejó muy preocupada.\n\nSaludos,\nCarmen Ruiz",
        author: { name: "Carmen Ruiz", platformId: "carmen.ruiz@example.com" },
      },
    ],
    answered: {
      reply: `Buenas tardes, Carmen:\n\nEntendemos su preocupación. Las vacunas no causan autismo: estudios con millones de niños no han encontrado ninguna relación. ${EDU_ES}\n\nSaludos,\nLakeside Pediatrics`,
      afterMinutes: 180,
    },
    expectedCategory: "education",
    language: "es",
  },
  {
    key: "lk-wf-new-family",
    platform: "web_form",
    kind: "form_submission",
    daysAgo: 19.7,
    messages: [
      {
        text: "Name: Nicole Hart\nMessage: We just moved to Lakeside with a newborn and a 4-year-old. Are you accepting new patients, and do you take Blue Cross?",
        author: { name: "Nicole Hart", platformId: "nicole.hart@example.com" },
      },
    ],
    answered: {
      reply: `Welcome to Lakeside, Nicole! Yes, we're accepting new patients and we're in network with Blue Cross. Book at https://lakeside.example/book or call ${LAKESIDE_PHONE}.`,
      afterMinutes: 150,
    },
    expectedCategory: "logistics",
    language: "en",
  },
  {
    key: "lk-sms-abren-es",
    platform: "sms",
    kind: "sms",
    daysAgo: 2.2,
    messages: [{ text: "¿A qué hora abren mañana?", author: { platformId: "+15555550193" } }],
    expectedCategory: "logistics",
    language: "es",
  },
  {
    key: "lk-gr-5star-anxious-kids",
    platform: "google_reviews",
    kind: "review",
    daysAgo: 10.2,
    messages: [
      {
        text: "Dr. Nair is amazing with anxious kids. My son actually asked when he can go back! The sticker wall at checkout is a hit. Five stars.",
        author: { name: "Jasmine Ortiz", platformId: "gbp-reviewer-50110" },
      },
    ],
    expectedCategory: "feedback",
    language: "en",
  },
  {
    key: "lk-gr-1star-callback",
    platform: "google_reviews",
    kind: "review",
    daysAgo: 21.4,
    messages: [
      {
        text: "Called three times about a billing issue and never got a callback. Really frustrating for an otherwise good office.",
        author: { name: "Peter Vance", platformId: "gbp-reviewer-50231" },
      },
    ],
    answered: {
      reply: `We're sorry to hear this — it's not the experience we want anyone to have. Please call our office manager directly at ${LAKESIDE_PHONE} so we can make it right.`,
      afterMinutes: 480,
    },
    expectedCategory: "feedback",
    language: "en",
  },
  {
    key: "lk-fb-gummies-spam",
    platform: "facebook",
    kind: "comment",
    daysAgo: 14.9,
    context: { text: "Safe sleep reminder: babies sleep safest on their backs, in their own crib. 💤" },
    messages: [
      {
        text: "Hey mamas!! 💰 Work from home & earn $500/day selling our baby sleep gummies, DM me for details!!",
        author: { name: "Kelsey Glow Biz", platformId: "fb-299900003" },
      },
    ],
    expectedCategory: "other",
    language: "en",
  },
];
