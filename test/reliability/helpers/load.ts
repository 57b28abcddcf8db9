import { randomBytes } from "node:crypto";
import { signMetaBody } from "../../../packages/core/src/platform/meta/sign-meta-body.ts";
import { SECRETS } from "./server.ts";

/**
 * Meta's Messenger "Text Message" delivery (the documented messaging item inside the page envelope).
 * Every text carries a marker (STORMTXT) and every sender id a marker (stormpsid) so the log scan can
 * look for them without holding 10,000 strings.
 */
export const TEXT_MARKER = "STORMTXT";
export const PSID_MARKER = "stormpsid";
const TEXTS = [
  "Can I move my appointment to Friday afternoon?",
  "Thank you all so much, the nurses were wonderful",
  "What is the best way to manage a mild fever at home?",
  "I have had chest pain for the last hour and my left arm is numb",
  "Do you take Aetna insurance for new patients?",
  "My prescription refill has not been sent to the pharmacy yet",
];

export interface Delivery {
  mid: string;
  psid: string;
  body: string;
  signature: string;
}

/**
 * Messages are dated from an hour before the suite loaded this module: recent, as a platform's
 * deliveries are. (Dates years back would fall outside the practice's retention, and the local
 * retention sweep would delete them while a test is still counting.)
 */
const SENT_FROM = Date.now() - 3_600_000;

export function messengerDelivery(pageId: string, psid: string, mid: string, n: number): Delivery {
  const text = `${TEXT_MARKER}${mid.slice(-8)} ${TEXTS[n % TEXTS.length]}`;
  const item = { sender: { id: psid }, recipient: { id: pageId }, timestamp: SENT_FROM + n, message: { mid, text } };
  const body = JSON.stringify({ object: "page", entry: [{ id: pageId, time: SENT_FROM + n, messaging: [item] }] });
  return { mid, psid, body, signature: signMetaBody(body, SECRETS.META_APP_SECRET) };
}

export interface StormPlan {
  unique: Delivery[];
  /** Each entry is sent by one worker; a pair is sent at the same instant (two requests in flight). */
  queue: Array<{ delivery: Delivery; pair: boolean }>;
  redelivered: number;
}

/** `count` unique messages from `authors` senders; `redeliverShare` of them sent again, half at the same instant. */
export function planStorm(pageId: string, count: number, authors: number, redeliverShare = 0.3): StormPlan {
  const run = randomBytes(4).toString("hex");
  const unique = Array.from({ length: count }, (_, i) =>
    messengerDelivery(pageId, `${PSID_MARKER}${run}${i % authors}`, `m_${run}_${i}`, i),
  );
  const queue: StormPlan["queue"] = unique.map((delivery) => ({ delivery, pair: false }));
  const redelivered = Math.round(count * redeliverShare);
  for (let i = 0; i < redelivered; i++) {
    const d = unique[Math.floor((i / redelivered) * count)]!;
    if (i % 2 === 0) {
      const at = queue.findIndex((q) => q.delivery === d);
      queue[at] = { delivery: d, pair: true };
    } else {
      // A later redelivery, somewhere after the original.
      const at = queue.findIndex((q) => q.delivery === d);
      queue.splice(Math.min(queue.length, at + 1 + Math.floor(Math.random() * 2000)), 0, { delivery: d, pair: false });
    }
  }
  return { unique, queue, redelivered };
}

export interface SendStats {
  requests: number;
  ok: number;
  /** 5xx and network errors (then retried, as platforms do). */
  retried: number;
  /** mids answered 2xx at least once. */
  acked: Set<string>;
  gaveUp: string[];
  statuses: Record<string, number>;
  ms: number;
}

/**
 * `workers` concurrent senders drain the queue; each retries a non-2xx answer or network error
 * (bounded: `maxAttempts` tries, `deadlineMs` overall), like a platform's redelivery.
 * `stopWhen` lets a test stop mid-run (the crash test).
 */
export async function sendStorm(
  baseUrl: string,
  queue: StormPlan["queue"],
  options: { workers?: number; maxAttempts?: number; deadlineMs?: number; onAck?: (mid: string) => void; stop?: () => boolean } = {},
): Promise<SendStats> {
  const workers = options.workers ?? 32;
  const maxAttempts = options.maxAttempts ?? 8;
  const deadline = Date.now() + (options.deadlineMs ?? 600_000);
  const stats: SendStats = { requests: 0, ok: 0, retried: 0, acked: new Set(), gaveUp: [], statuses: {}, ms: 0 };
  const started = Date.now();
  let next = 0;
  const once = async (d: Delivery): Promise<boolean> => {
    stats.requests++;
    try {
      const res = await fetch(`${baseUrl}/webhooks/meta`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-hub-signature-256": d.signature },
        body: d.body,
        signal: AbortSignal.timeout(30_000),
      });
      await res.arrayBuffer();
      stats.statuses[res.status] = (stats.statuses[res.status] ?? 0) + 1;
      if (res.status >= 200 && res.status < 300) {
        stats.ok++;
        stats.acked.add(d.mid);
        options.onAck?.(d.mid);
        return true;
      }
    } catch {
      stats.statuses.network = (stats.statuses.network ?? 0) + 1;
    }
    return false;
  };
  const deliver = async (d: Delivery) => {
    for (let attempt = 1; attempt <= maxAttempts && Date.now() < deadline; attempt++) {
      if (options.stop?.()) return;
      if (await once(d)) return;
      stats.retried++;
      await new Promise((r) => setTimeout(r, Math.min(5_000, 200 * 2 ** attempt)));
    }
    stats.gaveUp.push(d.mid);
  };
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (next < queue.length && Date.now() < deadline && !options.stop?.()) {
        const item = queue[next++]!;
        if (item.pair) await Promise.all([deliver(item.delivery), deliver(item.delivery)]);
        else await deliver(item.delivery);
      }
    }),
  );
  stats.ms = Date.now() - started;
  return stats;
}
