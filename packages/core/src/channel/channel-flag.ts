import type { Channel } from "./channel.ts";

export type ChannelFlag = "failing" | "silent" | null;

const HOUR = 3600_000;

/**
 * How long a webhook channel may stay quiet before admins are told. Busy public platforms should hear
 * something daily; low-volume private ones (email, SMS, the website form) get longer before a quiet
 * spell looks like a broken connection rather than a quiet week.
 */
export const WEBHOOK_SILENT_AFTER_MS: Record<string, number> = {
  facebook: 24 * HOUR,
  instagram: 24 * HOUR,
  linkedin: 24 * HOUR,
  x: 24 * HOUR,
  email: 3 * 24 * HOUR,
  sms: 3 * 24 * HOUR,
  web_form: 7 * 24 * HOUR,
};

/**
 * Connector health for admins. Pure.
 * - "failing": the credentials were refused or access was revoked, or the latest thing that happened was an error
 *   (an error older than the last successful poll or delivery is history, not a failure).
 * - "silent": a polled channel has not completed a poll in 3 intervals; a webhook channel has received
 *   nothing for longer than its platform's quiet allowance. A new channel counts from when it was connected.
 */
export function channelFlag(channel: Channel, options: { now: Date; polled: boolean; pollIntervalMs: number }): ChannelFlag {
  const { health } = channel;
  const time = (iso: string | null | undefined) => (iso ? Date.parse(iso) : 0);
  const lastSuccess = Math.max(time(health.lastPollAt), time(health.lastEventAt));
  if (health.credentialsFailing || health.revokedAt || time(health.lastErrorAt) > lastSuccess) return "failing";
  const now = options.now.getTime();
  const since = Math.max(options.polled ? time(health.lastPollAt) : time(health.lastEventAt), time(channel.createdAt));
  const allowance = options.polled ? 3 * options.pollIntervalMs : (WEBHOOK_SILENT_AFTER_MS[channel.platform] ?? 24 * HOUR);
  return now - since > allowance ? "silent" : null;
}
