/**
 * A sentence about a service the practice offers ("flu shots are available
 * weekdays", "aplicamos la vacuna sin cita"): a health word in it names the
 * service, not the reader's health. Folded text.
 */
export const SERVICE_SENTENCE =
  /\b(?:available|we offer|we provide|we (?:also )?(?:do|give|have)|walk-ins?|we accept|ofrecemos|tenemos|disponibles?|aplicamos|sin cita|aceptamos|hacemos)\b/;
