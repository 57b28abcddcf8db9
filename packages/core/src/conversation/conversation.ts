import type { MessageKind, Platform } from "../platform/platform.ts";
import type { Category } from "../triage/category.ts";

export type ConversationStatus = "open" | "done";

export interface TriageSnapshot {
  category: Category;
  containsPhi: boolean;
  language: "en" | "es";
  confidence: number;
  reasons: string[];
  engineVersion: string;
}

export interface Conversation {
  id: string;
  practiceId: string;
  channelId: string;
  platform: Platform;
  kind: MessageKind;
  threadKey: string;
  authorHandle: string | null;
  authorName: string | null;
  authorPlatformId: string | null;
  /** First line of the first inbound message, for the list. */
  preview: string;
  category: Category;
  reasons: string[];
  containsPhi: boolean;
  language: "en" | "es";
  /** The engine's own answer, kept beside a staff change so agreement can be measured. */
  engineCategory: Category;
  status: ConversationStatus;
  assigneeId: string | null;
  firstInboundAt: string;
  lastMessageAt: string;
  /** The oldest inbound message not yet answered; null once a reply went out. */
  waitingSince: string | null;
  firstReplyAt: string | null;
  messageCount: number;
  url: string | null;
  context: { text?: string; url?: string; platformId?: string } | null;
  /** Optimistic concurrency: every write checks and bumps it. */
  version: number;
}

export interface Message {
  id: string;
  conversationId: string;
  direction: "inbound" | "outbound";
  platform: Platform;
  kind: MessageKind;
  platformMessageId: string | null;
  parentPlatformId: string | null;
  authorHandle: string | null;
  authorName: string | null;
  authorPlatformId: string | null;
  text: string;
  sentAt: string;
  receivedAt: string;
  url: string | null;
  replyRef: Record<string, string> | null;
  triage: TriageSnapshot | null;
  edited: boolean;
  deleted: boolean;
}

export function firstLine(text: string, max = 140): string {
  const line = text.split(/\r?\n/).find((l) => l.trim()) ?? "";
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
