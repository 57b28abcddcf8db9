import type { Conversation, Message } from "@bedside/core/conversation/conversation";
import { permissionsOf } from "@bedside/core/membership/permissions";
import type { UserRecord } from "@bedside/core/membership/user";
import type { Practice } from "@bedside/core/practice/practice";

/** API shapes: what the dashboard sees of domain records. */
export function presentUser(user: UserRecord, practice: Practice) {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    practice: { id: practice.id, slug: practice.slug, name: practice.name },
    permissions: permissionsOf(user.role),
  };
}

export function presentConversation(c: Conversation) {
  const { practiceId: _p, threadKey: _t, authorPlatformId: _a, ...rest } = c;
  return rest;
}

export function presentMessage(m: Message) {
  return {
    id: m.id,
    direction: m.direction,
    kind: m.kind,
    authorHandle: m.authorHandle,
    authorName: m.authorName,
    text: m.text,
    sentAt: m.sentAt,
    url: m.url,
    ...(m.triage
      ? { category: m.triage.category, reasons: m.triage.reasons, containsPhi: m.triage.containsPhi, language: m.triage.language }
      : {}),
    edited: Boolean(m.edited),
    deleted: Boolean(m.deleted),
  };
}
