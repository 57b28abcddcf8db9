/**
 * Builds the raw MIME reply SES sends. Raw content is used (not Content.Simple) because threading
 * needs In-Reply-To and References headers. Header values are stripped of CR/LF so text from an
 * inbound email can never inject headers; the body is base64 so line length never matters.
 */
export interface ReplyMimeInput {
  from: string;
  to: string;
  subject: string;
  text: string;
  inReplyTo?: string;
  references?: string;
}

export function buildReplyMime(input: ReplyMimeInput): string {
  const headers: [string, string | undefined][] = [
    ["From", input.from],
    ["To", input.to],
    ["Subject", encodeHeader(replySubject(input.subject))],
    ["In-Reply-To", input.inReplyTo],
    ["References", input.references],
    ["MIME-Version", "1.0"],
    ["Content-Type", "text/plain; charset=UTF-8"],
    ["Content-Transfer-Encoding", "base64"],
  ];
  const head = headers
    .filter((h): h is [string, string] => Boolean(h[1]))
    .map(([name, value]) => `${name}: ${value.replace(/[\r\n]+/g, " ")}`)
    .join("\r\n");
  const body = Buffer.from(input.text, "utf8").toString("base64").replace(/.{1,76}/g, "$&\r\n");
  return `${head}\r\n\r\n${body}`;
}

export function replySubject(subject: string): string {
  const trimmed = subject.trim();
  if (!trimmed) return "Re: your message";
  return /^re:/i.test(trimmed) ? trimmed : `Re: ${trimmed}`;
}

/** RFC 2047 encoded-word for non-ASCII subjects. */
function encodeHeader(value: string): string {
  return /^[\x20-\x7e]*$/.test(value) ? value : `=?UTF-8?B?${Buffer.from(value, "utf8").toString("base64")}?=`;
}
