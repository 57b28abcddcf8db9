import { X509Certificate, createVerify, type KeyObject } from "node:crypto";
import { SNS_HOST, safeUrl, type SnsEnvelope } from "./sns-envelope.ts";

/**
 * SNS message signature verification, per
 * https://docs.aws.amazon.com/sns/latest/dg/sns-verify-signature-of-message.html (and
 * ...-verify-message-signature.html): the string to sign is "Name\nvalue\n" for each field in byte
 * order - Notification: Message, MessageId, Subject (only if present), Timestamp, TopicArn, Type;
 * SubscriptionConfirmation/UnsubscribeConfirmation: Message, MessageId, SubscribeURL, Timestamp,
 * Token, TopicArn, Type. SignatureVersion 1 is RSA-SHA1, 2 is RSA-SHA256, Signature is base64.
 */
export function buildSnsStringToSign(envelope: SnsEnvelope): string {
  const fields =
    envelope.Type === "Notification"
      ? ["Message", "MessageId", ...(envelope.Subject != null ? ["Subject"] : []), "Timestamp", "TopicArn", "Type"]
      : ["Message", "MessageId", "SubscribeURL", "Timestamp", "Token", "TopicArn", "Type"];
  const record = envelope as unknown as Record<string, string | undefined>;
  return fields.map((name) => `${name}\n${record[name] ?? ""}\n`).join("");
}

export interface VerifySnsOptions {
  /** Fetches the PEM at SigningCertURL; called only after the URL passed the host check. */
  fetchCertificate?: (url: string) => Promise<string>;
  /** Hosts SigningCertURL may point at; defaults to sns.<region>.amazonaws.com(.cn). */
  allowedCertHost?: RegExp;
  /** Certificates by URL; defaults to a process-wide cache (SNS rotates them rarely). */
  cache?: Map<string, Promise<KeyObject>>;
  now?: () => Date;
}

const sharedCache = new Map<string, Promise<KeyObject>>();
const MAX_CACHED = 20;

/**
 * SNS retries an HTTP delivery for at most an hour (its delivery policy caps the total retry time at
 * 3,600 s), so a signed message older than that, or from the future beyond clock skew, is a replay.
 */
export const SNS_MAX_AGE_MS = 3_600_000 + 5 * 60_000;
const SNS_MAX_SKEW_MS = 5 * 60_000;

export function isFreshSnsTimestamp(timestamp: string, now: Date): boolean {
  const at = Date.parse(timestamp);
  if (!Number.isFinite(at)) return false;
  return at >= now.getTime() - SNS_MAX_AGE_MS && at <= now.getTime() + SNS_MAX_SKEW_MS;
}

/**
 * True only for an https SNS-hosted certificate whose key verifies the signature over a message
 * signed within SNS's retry window (the signed Timestamp stops replays); never throws for bad input.
 */
export async function verifySnsMessage(envelope: SnsEnvelope, options: VerifySnsOptions = {}): Promise<boolean> {
  if (!isFreshSnsTimestamp(envelope.Timestamp, (options.now ?? (() => new Date()))())) return false;
  const url = safeUrl(envelope.SigningCertURL);
  if (!url || url.protocol !== "https:" || url.username || url.password || url.port) return false;
  if (!(options.allowedCertHost ?? SNS_HOST).test(url.hostname)) return false;
  if (!url.pathname.endsWith(".pem")) return false;

  const cache = options.cache ?? sharedCache;
  let key = cache.get(url.toString());
  if (!key) {
    key = loadKey(url.toString(), options.fetchCertificate ?? fetchPem, options.now ?? (() => new Date()));
    if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value as string);
    cache.set(url.toString(), key);
    key.catch(() => cache.delete(url.toString()));
  }
  try {
    const verifier = createVerify(envelope.SignatureVersion === "2" ? "RSA-SHA256" : "RSA-SHA1");
    verifier.update(buildSnsStringToSign(envelope), "utf8");
    return verifier.verify(await key, envelope.Signature, "base64");
  } catch {
    return false;
  }
}

async function loadKey(url: string, fetchCertificate: (url: string) => Promise<string>, now: () => Date): Promise<KeyObject> {
  const certificate = new X509Certificate(await fetchCertificate(url));
  const at = now();
  if (new Date(certificate.validFrom) > at || new Date(certificate.validTo) < at) throw new Error("certificate not valid now");
  return certificate.publicKey;
}

async function fetchPem(url: string): Promise<string> {
  const response = await fetch(url, { signal: AbortSignal.timeout(5_000), redirect: "error" });
  if (!response.ok) throw new Error(`certificate fetch answered ${response.status}`);
  return response.text();
}
