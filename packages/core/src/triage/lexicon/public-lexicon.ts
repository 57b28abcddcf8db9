import { anyOf } from "./build-pattern.ts";

/** Administrative topics: hours, place, booking, insurance, billing, records, access. */
export const ADMIN_TERM = anyOf([
  "hours", "open", "opening", "closed", "close", "abren", "abre", "cierran", "horario", "address", "direccion", "located",
  "location", "entrance", "parking", "park", "estacionamiento", "estaciono", "garage", "bus stop", "wheelchair", "ramp",
  "appointments?", "citas?", "book\\w*", "schedul\\w*", "agend\\w*", "reschedul\\w*", "cancel\\w*", "walk.?ins?",
  "sin cita", "waitlist", "new patients?", "pacientes? nuevos?", "insurance", "seguro (medico|de \\w+)", "(aceptan|tienen|sin|mi) (el )?seguro", "transfer( my care)?", "cerr\\w+", "in network", "aetna", "cigna",
  "blue cross", "humana", "medicaid", "medicare", "molina", "accept\\w*", "aceptan", "bill\\w*", "factura", "cobros",
  "charge\\w*", "payment\\w*", "pay", "pago", "copay", "cost", "cash", "credit card", "card", "efectivo", "tarjeta", "pagar", "(do|does) (you|u|yall|you all) (do|offer|have|give|carry|provide|take)", "if (you|u) (do|offer|have)", "(tienen|ofrecen|ponen|hacen|dan) (ya )?(la |el |las |los )?(vacuna|prueba|examen|servicio)\\w*", "ya tienen", "price", "how much (is|does|do you)", "cuanto cuesta", "records",
  "expediente", "registros", "forms?", "formulario", "paperwork", "fmla", "disability", "fax", "referrals", "portal",
  "sign up", "registro", "telehealth", "video (visits?|calls?|appointments?)", "por video", "consultas? (por|en) (video|linea)", "videollamada", "en linea", "online", "phone number", "phone", "telefono",
  "correo", "email", "front desk", "recepcion", "interpreters?", "interprete", "speaks? (spanish|french|\\w+)",
  "hablen espanol", "wifi", "pharmacy", "farmacia", "late", "tarde", "behind", "shadowing", "contact", "lab",
  "same building", "elevator", "elevador", "ascensor", "building", "edificio", "accessible", "accesible", "(monday|tuesday|wednesday|thursday|friday|lunes|martes|miercoles|jueves|viernes)", "direct line", "disponibles?", "office", "clinic", "clinica", "moving", "support group", "meeting", "zoom", "physicals?",
  "pediatricians?", "pediatras?", "doctors? who", "female doctors?", "evening", "saturday", "sunday", "weekend",
  "sabados?", "domingos?", "consulta", "new one", "atienden", "cuanto cuesta",
]);

/** Requests that are administrative even without a question mark. */
export const ADMIN_REQUEST = anyOf([
  "need to (cancel|reschedule|move|book)", "cancel my", "reschedule", "move my", "cant make it", "running (late|behind)",
  "\\d+ minutes (late|behind)", "necesito cancelar", "cancelo", "no voy a poder", "voy \\d+ minutos tarde", "requesting", "(necesito|quiero|quisiera) (mover|cambiar|cancelar|reprogramar)", "(mover|cambiar|cancelar|reprogramar) (mi|la) cita", "cant do my", "anything (on )?(monday|tuesday|wednesday|thursday|friday|saturday|next week)", "tarde a mi cita", "llegar (\\d+ minutos )?tarde", "\\d+ minutos tarde",
  "i would like to book", "(llego|llegamos|be there|there) (como |in |en )(about )?\\d+", "ya voy (para alla|en camino)", "on (my|our) way", "(necesito|quiero|quisiera) que me (manden|envien|den)", "(can|could) you (send|mail|fax|email) (me|my)", "(want|like|need|trying) to (book|schedule|make an appointment)", "(im|i am|estoy) (here|outside|in the (parking|lobby)|en el estacionamiento|afuera|aqui)", "ya llegue", "just arrived", "here for my", "id like to book", "quisiera (hacer|agendar)",
]);

/** A specific visit of the writer ("my 9am", "mi cita de manana") discloses that they are a patient. */
export const OWN_VISIT = anyOf([
  "my \\d+(:\\d+)? ?(am|pm)?", "my (\\w+ )?(appointment|visit)", "mi cita", "cancel my", "\\d+ minutes (late|behind)",
  "running (about )?\\d+ minutes", "mi consulta", "(late|tarde) (for|a) (my|mi)", "cant make it today", "voy \\d+ minutos tarde",
  "no voy a poder ir", "stuck in traffic", "for my \\d",
]);

/** Praise, thanks and complaints about the practice or its service. */
export const FEEDBACK_TERM = anyOf([
  "thank(s|ful|ing)?", "thank you", "thx", "ty", "grateful", "thankful", "appreciate\\w*", "kudos", "shout ?out", "love", "loved", "amazing", "fantastic", "fabulous", "outstanding", "superb", "incredible", "phenomenal", "top notch", "attentive", "atent[oa]s?", "caring", "rushed", "dismissive", "disappointed", "unprofessional", "long wait", "que padre",
  "awesome", "best", "great (staff|team|job|doctor|service|work)", "wonderful", "excellent", "recommend\\w*",
  "\\d stars?", "one star", "rude", "worst", "terrible", "horrible", "awful", "ridiculous", "unacceptable", "not acceptable",
  "pathetic", "nightmare", "disorganized", "overwhelmed", "wont be back", "dont bother", "downhill", "waited", "waiting",
  "wait", "on hold", "lost my", "called back", "call back", "callback", "return a (phone )?call", "kind", "kindness",
  "compassion", "patience", "commend\\w*", "helpful", "was (so )?(patient|kind|great)", "listened", "friendly", "clean", "gorgeous", "highlight", "a mess", "collections",
  "surprise bill", "angels?", "made my day", "spotless", "sweet", "calm", "dignity", "owes", "forever", "10/10",
  "gracias", "agradec\\w*", "excelente", "recomendad[oa]s?", "recomiendo", "recomendado", "pesimo", "fatal", "grosera?",
  "mal servicio", "desastre", "decepcionad[oa]", "verguenza", "amables?", "profesionales", "limpi[oa]s?", "maravilla",
  "felicitar", "trato", "atencion", "no regreso", "no vuelvo", "caos", "esperar", "espera", "sonrisa", "cuidar",
  "me encanto", "bonit[oa]", "puntuales", "cobran de mas", "nunca me regresaron", "buen servicio", "mil gracias",
  "super friendly", "(nunca|no) contestan", "deserves? (a raise|an award|a medal|a promotion|all the|the world|recognition|a bonus)", "merece (un aumento|un premio|todo|un reconocimiento)",
  "unbelievable", "nobody ever", "no one ever", "nadie (nunca )?(contesta|responde|atiende|regresa)", "(ni|never|didnt even|did not even|no) (me |nos )?(miro|look\\w* at (me|us)|listen\\w* to (me|us)|escucho|examin\\w* (me|us)|saludo|revis\\w*)",
  "(todo el tiempo|the whole (time|visit)) (en|on|mirando|looking at) (la|su|the|his|her) (computadora|compu|celular|phone|computer|screen|pantalla)", "falta de respeto", "disrespect\\w*", "so confusing", "(a|an|absolute|total|complete) joke of a (clinic|practice|office|place|doctor)", "(this|that) (place|clinic|office|practice) is a joke", "hung up", "(zero|no|cero) (stars?|estrellas?)", "stars?", "estrellas?", "congrat\\w* (to )?(the|you|your|all|everyone)", "(felicidades|felicitaciones) (a|al) (todo )?(el )?(equipo|personal|staff|ustedes|todos)", "lind[oa]", "hermos[oa]", "charged me", "didnt even (look|listen|examine)", "ni (me|lo|la) (reviso|vio|escucho)", "fix (it|the)", "arreglen\\w*", "nadie contesta", "fastest", "in and out",
]);

/** Rhetorical questions inside complaints: they do not ask for anything. */
export const RHETORICAL = anyOf([
  "why do i even bother", "how is it possible", "who runs this place", "como es posible", "what is wrong with",
  "are you kidding", "seriously", "really", "por que siempre",
]);

/** Promotion, spam, bots, self-promotion: `other` even when it makes health claims. */
export const SPAM_TERM = anyOf([
  "use code", "promo code", "code \\w+ for", "\\d+% off", "order (now|today)", "buy \\d", "link in bio", "link en la bio",
  "dm (me|us)", "dm (to|for|para) \\w+", "(to|para) (order|pedir|ordenar|comprar)", "(pharmacy|medical|clinical|hospital).grade", "click here", "haga clic", "free followers", "followers", "follow for follow", "sigueme", "seo",
  "backlinks", "guest post\\w*", "google ranking", "posicionamiento", "were hiring", "hiring", "estamos contratando",
  "sign.on bonus", "gift card", "youve won", "ganaste", "premio", "sorteo", "crypto", "replica", "detox", "miracle",
  "milagros[oa]", "doctors hate", "one weird trick", "envio gratis", "mandame (inbox|mensaje)", "pide el tuyo",
  "descuento", "collab", "invoice", "suspendida", "suspended", "publicidad", "aumente sus pacientes", "packages start",
  "paquetes desde", "free audit", "melt", "vendo", "excited to share", "thrilled to announce", "new position",
  "ive joined", "(honou?red|proud|excited|thrilled|humbled) to (have )?(spoken|speak|present\\w*|join\\w*)", "envios? (a todo|gratis)", "ships? (free|nationwide|worldwide)", "escribeme", "gana \\$?\\d+", "(earn|make) \\$?\\d+", "account (has been |is )?(locked|suspended)", "verify your", "click the link", "(proud|happy|excited|thrilled|honou?red|pleased) to (announce|share)", "accepted a (new )?(position|role)", "new (role|position|chapter)", "(me complace|orgullos[oa] de) anunciar", "(por|al) inbox", "pide (las|los) tuy[oa]s", "joined \\w+ \\w+ as", "seed round", "share if", "comparte si", "etiqueta a", "check out my",
  "visit my site", "haz tu pedido", "pedido ya", "pide(lo)? ya", "order yours", "nuestr[oa]s (capsulas|gotas|productos?|suplementos?)", "our (capsules|gummies|products?|supplements?)", "(cura|cures?|heals?) (\\w+ ){1,4}(en|in) \\d+ (dias|days)", "earn \\$", "working from home", "unsubscribe", "newsletter", "message me", "used stroller", "carriola", "bot", "asdf\\w*", "test test", "before its banned",
]);

/** News or mourning shared without a question. */
export const SHARED_NEWS = anyOf([
  "rip", "rest in peace", "descanse en paz", "que en paz descanse", "new study", "study says", "\\[link\\]",
  "sharing this", "sharing for", "compartiendo", "article", "noticia", "great (piece|read|article|thread)", "must read", "worth (a |the )?read", "vale la pena leer",
  "happy (thanksgiving|holidays|new year|easter|mothers day|fathers day|4th|fourth)", "merry christmas", "(wonderful|great|happy|safe) (thanksgiving|holiday\\w*|christmas|new year)", "feliz (navidad|ano nuevo|dia de \\w+|dia|accion de gracias)",
]);

/** Indirect questions: "I was wondering if...", "necesito saber si...". */
export const INDIRECT_QUESTION = anyOf([
  "wondering (if|whether|about)", "want(ed)? to know", "would like to know", "(necesito|quiero|quisiera|queria) saber", "me gustaria saber",
]);

/** Sentence openings that make a sentence a question even without "?". */
export const QUESTION_OPENER =
  /(^|[.!?]\s*)(can|could|do|does|is|are|where|wheres|when|what|whats|how|hows|anyone|donde|cuando|cuanto|puedo|pueden|se puede)\b/;

/** Asking for something individual: a question or a request turns a disclosure into a request for care. */
export const REQUEST_TERM = anyOf([
  "should i", "do i", "can i", "could i", "what (do|should) i", "is (this|that|it) normal", "what next", "can you",
  "can someone", "help", "need", "would you", "debo", "puedo", "necesito", "que hago", "me pueden", "pueden",
  "ayuda", "recomiendan",
]);
