/**
 * Just enough MIME to show staff the text of an inbound email: a single text/plain part, or the
 * first text/plain inside multipart/alternative or multipart/mixed (one level of nesting), with
 * 7bit/8bit, quoted-printable or base64 transfer encoding. Anything else (HTML-only mail, TNEF, ...)
 * yields undefined and the caller falls back to the subject.
 */
export function extractPlainText(raw: string, depth = 0): string | undefined {
  const { headers, body } = splitMessage(raw);
  const type = headers.get("content-type") ?? "text/plain";
  const mediaType = type.split(";")[0].trim().toLowerCase();
  if (mediaType === "text/plain") return decodeBody(body, headers.get("content-transfer-encoding"), param(type, "charset"));
  if (!mediaType.startsWith("multipart/") || depth > 1) return undefined;
  const boundary = param(type, "boundary");
  if (!boundary) return undefined;
  for (const part of splitParts(body, boundary)) {
    const text = extractPlainText(part, depth + 1);
    if (text !== undefined) return text;
  }
  return undefined;
}

function splitMessage(raw: string): { headers: Map<string, string>; body: string } {
  const normalised = raw.replace(/\r\n/g, "\n");
  const end = normalised.indexOf("\n\n");
  const head = end === -1 ? normalised : normalised.slice(0, end);
  const body = end === -1 ? "" : normalised.slice(end + 2);
  const headers = new Map<string, string>();
  // Folded header lines start with whitespace and continue the previous header.
  for (const line of head.replace(/\n[ \t]+/g, " ").split("\n")) {
    const colon = line.indexOf(":");
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body };
}

function param(header: string, name: string): string | undefined {
  const match = new RegExp(`;\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, "i").exec(header);
  return match ? (match[1] ?? match[2]) : undefined;
}

function splitParts(body: string, boundary: string): string[] {
  const delimiter = `--${boundary}`;
  const sections = body.split(delimiter);
  // sections[0] is the preamble; the part after the closing "--boundary--" is the epilogue.
  return sections.slice(1).filter((section) => !section.startsWith("--")).map((section) => section.replace(/^\n/, ""));
}

function decodeBody(body: string, encoding: string | undefined, charset = "utf-8"): string {
  const kind = (encoding ?? "7bit").toLowerCase();
  let bytes: Buffer;
  if (kind === "base64") bytes = Buffer.from(body.replace(/\s+/g, ""), "base64");
  else if (kind === "quoted-printable") bytes = decodeQuotedPrintable(body);
  else bytes = Buffer.from(body, "utf8");
  let text: string;
  try {
    text = new TextDecoder(kind === "base64" || kind === "quoted-printable" ? charset : "utf-8").decode(bytes);
  } catch {
    text = bytes.toString("utf8");
  }
  return text.replace(/\r\n/g, "\n").trim();
}

function decodeQuotedPrintable(body: string): Buffer {
  const softBreaksRemoved = body.replace(/=\r?\n/g, "");
  const bytes: number[] = [];
  for (let i = 0; i < softBreaksRemoved.length; i++) {
    const hex = softBreaksRemoved.slice(i + 1, i + 3);
    if (softBreaksRemoved[i] === "=" && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(softBreaksRemoved[i], "utf8"));
    }
  }
  return Buffer.from(bytes);
}
