import { z } from "zod";
import { Platform } from "../platform/platform.ts";

export const ChannelInput = z.object({
  platform: Platform,
  /** The practice's account on the platform: Page id, IG account id, X user id, GBP location name,
   * LinkedIn organization URN, WordPress site URL, inbound email address, SMS number. */
  accountId: z.string().min(1).max(300),
  displayName: z.string().min(1).max(120),
  /** Tokens the platform API needs. Stored, never returned by the API, never logged. */
  credentials: z.record(z.string().max(60), z.string().max(4000)).default({}),
  /** Platform options, e.g. X watched hashtags: { watch: ["#BCSM"] }. */
  settings: z.record(z.string().max(60), z.unknown()).default({}),
});
export type ChannelInput = z.input<typeof ChannelInput>;

export interface ChannelHealth {
  lastEventAt: string | null;
  lastPollAt: string | null;
  lastError: string | null;
  lastErrorAt: string | null;
  credentialsFailing: boolean;
  /**
   * Set when the platform told us the account withdrew Bedside's access (an X revoke). Unlike
   * credentialsFailing, a later successful poll does not clear it (an X app-only bearer token still
   * polls after the user revoked); reconnecting the channel with new credentials clears it.
   */
  revokedAt?: string | null;
}

export interface Channel {
  id: string;
  practiceId: string;
  platform: Platform;
  accountId: string;
  displayName: string;
  settings: Record<string, unknown>;
  status: "connected" | "disconnected";
  createdAt: string;
  health: ChannelHealth;
}

export interface ChannelRecord extends Channel {
  credentials: Record<string, string>;
  /** Where a poller stopped. */
  pollCursor?: string;
}

/** Accounts are matched case-insensitively where the platform treats them so. */
export function normaliseAccountId(platform: Platform, accountId: string): string {
  const trimmed = accountId.trim();
  if (platform === "email") return trimmed.toLowerCase();
  if (platform === "blog") return trimmed.replace(/\/+$/, "").toLowerCase();
  if (platform === "sms") return trimmed.replace(/[^\d+]/g, "");
  return trimmed;
}

export function publicChannel(record: ChannelRecord): Channel {
  const { credentials: _c, pollCursor: _p, ...channel } = record as ChannelRecord & Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k of ["id", "practiceId", "platform", "accountId", "displayName", "settings", "status", "createdAt", "health"]) {
    out[k] = (channel as Record<string, unknown>)[k];
  }
  return out as unknown as Channel;
}
