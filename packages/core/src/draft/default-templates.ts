import type { Category } from "../triage/category.ts";

export type Language = "en" | "es";
export type DraftCategory = Exclude<Category, "other">;

/**
 * Default reply templates; admins override them per practice and language. Placeholders:
 * {phone} {portal} {booking} {hours} {address} {articles} {practice}. None of them ever holds the
 * writer's details: a template can only say what the practice would say to anyone.
 */
export const DEFAULT_TEMPLATES: Record<DraftCategory, Record<Language, string>> = {
  urgent: {
    en: "If this is an emergency, please call 911 or go to the nearest emergency department now. If you are having thoughts of suicide or self-harm, call or text 988 (Suicide and Crisis Lifeline), any time.",
    es: "Si se trata de una emergencia, llame al 911 o vaya ahora a la sala de emergencias más cercana. Si tiene pensamientos de suicidio o de hacerse daño, llame o envíe un mensaje de texto al 988 (Línea de Prevención del Suicidio y Crisis), a cualquier hora.",
  },
  personal: {
    en: "Thank you for reaching out. We can't discuss personal health questions here, to protect your privacy. Please call us at {phone}, send a message through our patient portal if you have an account ({portal}), or book a visit at {booking}, so a clinician can help you properly.",
    es: "Gracias por escribirnos. Para proteger su privacidad, no podemos hablar de temas de salud personales por aquí. Llámenos al {phone}, escríbanos por nuestro portal de pacientes si tiene una cuenta ({portal}) o haga una cita en {booking}, para que un profesional pueda ayudarle como se debe.",
  },
  education: {
    en: "Great question. {articles} For advice about your own health, talk to your clinician.",
    es: "Buena pregunta. {articles} Para consejos sobre su propia salud, hable con su médico.",
  },
  logistics: {
    en: "Thanks for asking! Our hours are {hours}. We're at {address}. You can call us at {phone} or book online at {booking}.",
    es: "¡Gracias por preguntar! Nuestro horario es {hours}. Estamos en {address}. Puede llamarnos al {phone} o hacer una cita en línea en {booking}.",
  },
  feedback: {
    en: "Thank you for taking the time to share this. We'd like to hear more and make things right where we can: please call our office at {phone} and ask for the practice manager.",
    es: "Gracias por tomarse el tiempo de compartir esto. Queremos escucharle y mejorar: llame a nuestra oficina al {phone} y pida hablar con la gerente de la clínica.",
  },
};

/** Said when no approved article fits an education question well. */
export const NO_ARTICLE: Record<Language, string> = {
  en: "We don't have an article on this yet. [Physician: please write the answer or add an article before approving.]",
  es: "Todavía no tenemos un artículo sobre este tema. [Médico: escriba la respuesta o agregue un artículo antes de aprobar.]",
};
