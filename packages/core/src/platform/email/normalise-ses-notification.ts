import { z } from "zod";
import { InvalidPayload } from "../../errors.ts";
import type { InboundMessage } from "../inbound-message.ts";
import { extractPlainText } from "./mime-text.ts";
import { SesReceivedNotification } from "./ses-notification.ts";

/**
 * SES notification (object, or the JSON string from the SNS Message) -> one email message, or none:
 * - notifications other than "Received" (e.g. SES's setup test notification) yield [];
 * - mail SES marked spamVerdict or virusVerdict FAIL yields [] and is never stored or shown;
 * - accountId is the practice's receiving address (receipt.recipients[0], lowercased);
 * - threadKey is "email:" + the root Message-ID: first of References, else In-Reply-To, else the
 *   message's own Message-ID (or SES's messageId), so replies join the conversation they answer.
 */
export function normaliseSesNotification(notification: unknown): InboundMessage[] {
  const value = typeof notification === "string" ? parseJson(notification) : notification;
  const type = z.object({ notificationType: z.string() }).safeParse(value);
  if (!type.success) throw new InvalidPayload("The SES notification has no notificationType");
  if (type.data.notificationType !== "Received") return [];
  const parsed = SesReceivedNotification.safeParse(value);
  if (!parsed.success) throw new InvalidPayload("The SES notification does not have the documented shape");
  const { mail, receipt, content } = parsed.data;
  if (receipt.spamVerdict?.status === "FAIL" || receipt.virusVerdict?.status === "FAIL") return [];

  const header = (name: string) => mail.headers.find((h) => h.name.toLowerCase() === name)?.value;
  const ownId = mail.commonHeaders.messageId ?? header("message-id");
  const root = messageIds(header("references"))[0] ?? messageIds(header("in-reply-to"))[0] ?? messageIds(ownId)[0] ?? mail.messageId;
  const subject = mail.commonHeaders.subject ?? "";
  const raw = content && receipt.action?.encoding === "BASE64" ? Buffer.from(content, "base64").toString("utf8") : content;
  const body = raw ? extractPlainText(raw) : undefined;
  const from = parseAddress(mail.commonHeaders.from?.[0] ?? mail.source ?? "");
  const replyRef: Record<string, string> = { subject };
  if (ownId) replyRef.messageId = ownId;
  const references = [header("references"), ownId].filter(Boolean).join(" ");
  if (references) replyRef.references = references;
  const parentId = messageIds(header("in-reply-to"))[0];

  return [
    {
      platform: "email",
      accountId: receipt.recipients[0].toLowerCase(),
      kind: "email",
      platformMessageId: mail.messageId,
      threadKey: `email:${root}`,
      ...(parentId ? { parentPlatformId: parentId } : {}),
      author: { platformId: from.address, handle: from.address, ...(from.name ? { name: from.name } : {}) },
      text: body ? (subject ? `${subject}\n\n${body}` : body) : subject,
      sentAt: toIso(mail.commonHeaders.date) ?? toIso(mail.timestamp) ?? new Date(0).toISOString(),
      action: "created",
      replyRef,
    },
  ];
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new InvalidPayload("The SES notification is not JSON");
  }
}

/** "<a@x> <b@y>" -> ["a@x", "b@y"]; a bare id without brackets is kept as is. */
export function messageIds(header: string | undefined): string[] {
  if (!header) return [];
  const bracketed = [...header.matchAll(/<([^<>\s]+)>/g)].map((m) => m[1]);
  return bracketed.length > 0 ? bracketed : header.trim() ? [header.trim()] : [];
}

/** '"Jane Doe" <Jane@Example.com>' -> { name: "Jane Doe", address: "jane@example.com" }. */
export function parseAddress(value: string): { name?: string; address: string } {
  const match = /^\s*(?:"?([^"<]*?)"?\s*)?<([^<>]+)>\s*$/.exec(value);
  if (!match) return { address: value.trim().toLowerCase() };
  const name = match[1]?.trim();
  return { address: match[2].trim().toLowerCase(), ...(name ? { name } : {}) };
}

function toIso(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}
