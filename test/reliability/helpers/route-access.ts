import { randomBytes } from "node:crypto";
import { CHART_IDS } from "../../../packages/core/src/analytics/analytics-report.ts";
import { PERMISSIONS, type Permission } from "../../../packages/core/src/membership/permissions.ts";
import { api, type Session } from "./api.ts";

/**
 * Who may call each /api route: a permission of packages/core/src/membership/permissions.ts (the
 * allowed roles come from that table, never from here), "signed-in" or "public". A route in
 * /api/openapi.json that is missing here fails the matrix, so a new route must be placed here.
 * `prepare` builds a fresh target (ids, body) in the owning practice, as that practice's admin.
 */
export type Role = "staff" | "physician" | "admin";
export type Access = { permission: Permission } | { access: "signed-in" } | { access: "public" };

export interface Practice {
  slug: string;
  id: string;
  sessions: Record<Role, Session>;
}

export interface Target {
  params: Record<string, string>;
  query?: string;
  body?: unknown;
  /** The route's own policy narrows the permission table for this target (a draft's approvers). */
  narrowTo?: Role[];
  /** What to re-read afterwards to prove a refused call changed nothing. */
  snapshot?: () => Promise<string>;
  /** The kind of id each path param is (for guessed ids). */
  idKinds?: Record<string, string>;
}

export interface RouteRule {
  access: Access;
  prepare: (p: Preparer, owner: Practice) => Promise<Target>;
  /** Statuses that count as success for an allowed caller (default: 2xx). */
  ok?: number[];
}

export function allowedRoles(access: Access): Role[] | "public" | "signed-in" {
  if ("access" in access) return access.access;
  return [...(PERMISSIONS[access.permission] as readonly Role[])];
}

const tag = () => randomBytes(4).toString("hex");

/** Fresh targets in a practice, made through the API as its admin. */
export class Preparer {
  private draftable = new Map<string, string[]>();
  constructor(private baseUrl: string) {}

  private call(s: Session, method: string, path: string, body?: unknown) {
    return api(this.baseUrl, s, method, path, body);
  }

  async conversation(owner: Practice) {
    const list = await this.call(owner.sessions.admin, "GET", "/api/conversations?limit=50");
    const items = list.json.items as Array<{ id: string; version: number }>;
    const c = items[Math.floor(Math.random() * items.length)]!;
    return { id: c.id, version: c.version };
  }

  conversationSnapshot(owner: Practice, id: string) {
    return async () => {
      const res = await this.call(owner.sessions.admin, "GET", `/api/conversations/${id}`);
      const notes = await this.call(owner.sessions.admin, "GET", `/api/conversations/${id}/notes`);
      return JSON.stringify([res.status, res.json, notes.json]);
    };
  }

  /** A new draft (status "draft"), or a submitted one, on a non-urgent conversation. */
  async draft(owner: Practice, submitted = false) {
    const admin = owner.sessions.admin;
    if (!this.draftable.has(owner.id)) {
      const list = await this.call(admin, "GET", "/api/conversations?limit=100&status=open");
      this.draftable.set(owner.id, (list.json.items as Array<{ id: string; category: string }>).filter((c) => c.category !== "urgent").map((c) => c.id));
    }
    const candidates = this.draftable.get(owner.id)!;
    for (const id of [...candidates]) {
      const res = await this.call(admin, "POST", `/api/conversations/${id}/drafts`);
      if (res.status !== 201 || !res.json) {
        candidates.splice(candidates.indexOf(id), 1);
        continue;
      }
      let draft = res.json as { id: string; version: number; approvers: Role[]; status: string };
      if (submitted) {
        const sub = await this.call(admin, "POST", `/api/conversations/${id}/drafts/${draft.id}/submit`, { version: draft.version });
        if (sub.status !== 200 || sub.json.status !== "submitted") continue;
        draft = sub.json;
      }
      return { conversationId: id, ...draft };
    }
    throw new Error(`no conversation of ${owner.slug} can be drafted`);
  }

  async article(owner: Practice) {
    const res = await this.call(owner.sessions.admin, "POST", "/api/articles", articleBody());
    if (res.status !== 201) throw new Error(`article: ${res.status}`);
    return res.json as { id: string; version: number };
  }

  articleSnapshot(owner: Practice, id: string) {
    return async () => {
      const res = await this.call(owner.sessions.admin, "GET", "/api/articles?includeRetired=true");
      return JSON.stringify((res.json.items as Array<{ id: string }>).find((a) => a.id === id));
    };
  }

  async user(owner: Practice) {
    const res = await this.call(owner.sessions.admin, "POST", "/api/users", { name: "Matrix Person", email: `matrix-${tag()}@${owner.slug}.test`, role: "staff" });
    if (res.status !== 201) throw new Error(`user: ${res.status}`);
    return res.json.user as { id: string };
  }

  userSnapshot(owner: Practice, id: string) {
    return async () => {
      const res = await this.call(owner.sessions.admin, "GET", "/api/users");
      return JSON.stringify((res.json.items as Array<{ id: string }>).find((u) => u.id === id));
    };
  }

  async channel(owner: Practice) {
    const res = await this.call(owner.sessions.admin, "POST", "/api/channels", { platform: "facebook", accountId: `matrix-page-${tag()}`, displayName: "Matrix Page" });
    if (res.status !== 201) throw new Error(`channel: ${res.status}`);
    return res.json.channel as { id: string };
  }

  channelSnapshot(owner: Practice, id: string) {
    return async () => {
      const res = await this.call(owner.sessions.admin, "GET", "/api/channels");
      return JSON.stringify((res.json.items as Array<{ id: string }>).find((c) => c.id === id) ?? null);
    };
  }

  async settings(owner: Practice) {
    const res = await this.call(owner.sessions.admin, "GET", "/api/settings");
    return res.json as { version: number; name: string; settings: Record<string, unknown> };
  }
}

const articleBody = () => ({
  title: `Matrix article ${tag()}`,
  summary: "A short summary of a patient education page, long enough.",
  url: "https://example.org/education/flu",
  topics: ["flu", "fever"],
  language: "en",
});

const conv = (kind = "conversation") => async (p: Preparer, o: Practice): Promise<Target> => {
  const c = await p.conversation(o);
  return { params: { id: c.id }, idKinds: { id: kind }, snapshot: p.conversationSnapshot(o, c.id) };
};

const draft = (body: (d: { version: number }) => unknown, submitted = false) => async (p: Preparer, o: Practice): Promise<Target> => {
  const d = await p.draft(o, submitted);
  return {
    params: { id: d.conversationId, draftId: d.id },
    idKinds: { id: "conversation", draftId: "draft" },
    body: body(d),
    narrowTo: submitted ? d.approvers : undefined,
    snapshot: p.conversationSnapshot(o, d.conversationId),
  };
};

const none = (body?: (p: Preparer, o: Practice) => Promise<unknown> | unknown, query?: string) => async (p: Preparer, o: Practice): Promise<Target> => ({
  params: {},
  body: body ? await body(p, o) : undefined,
  query,
});

const REPLY = "Thank you for reaching out. Please call the office during opening hours and we will help you book.";

export const ROUTE_RULES: Record<string, RouteRule> = {
  "POST /auth/login": { access: { access: "public" }, prepare: none((_p, o) => ({ email: `staff@${o.slug}.test`, password: "bedside-demo" })) },
  "POST /auth/logout": { access: { access: "signed-in" }, prepare: none() },
  "GET /auth/me": { access: { access: "signed-in" }, prepare: none() },
  "GET /conversations": { access: { permission: "conversation.read" }, prepare: none(undefined, "limit=50") },
  "GET /conversations/{id}": { access: { permission: "conversation.read" }, prepare: conv() },
  "PATCH /conversations/{id}": {
    access: { permission: "conversation.triage" },
    prepare: async (p, o) => {
      const c = await p.conversation(o);
      return { params: { id: c.id }, idKinds: { id: "conversation" }, body: { version: c.version, status: "open" }, snapshot: p.conversationSnapshot(o, c.id) };
    },
  },
  "GET /conversations/{id}/history": { access: { permission: "conversation.read" }, prepare: conv() },
  "GET /conversations/{id}/notes": { access: { permission: "conversation.read" }, prepare: conv() },
  "POST /conversations/{id}/notes": {
    access: { permission: "conversation.note" },
    prepare: async (p, o) => ({ ...(await conv()(p, o)), body: { text: "Called back and left a voicemail." } }),
  },
  "GET /conversations/{id}/presence": { access: { permission: "conversation.read" }, prepare: conv() },
  "PUT /conversations/{id}/presence": { access: { permission: "conversation.read" }, prepare: async (p, o) => ({ ...(await conv()(p, o)), body: { activity: "viewing" } }) },
  "DELETE /conversations/{id}/presence": { access: { permission: "conversation.read" }, prepare: conv() },
  "POST /conversations/{id}/drafts": {
    access: { permission: "draft.edit" },
    prepare: async (p, o) => {
      const d = await p.draft(o);
      return { params: { id: d.conversationId }, idKinds: { id: "conversation" }, snapshot: p.conversationSnapshot(o, d.conversationId) };
    },
  },
  "PATCH /conversations/{id}/drafts/{draftId}": { access: { permission: "draft.edit" }, prepare: draft((d) => ({ version: d.version, text: REPLY })) },
  "POST /conversations/{id}/drafts/{draftId}/check": { access: { permission: "draft.edit" }, prepare: draft(() => ({ text: REPLY })) },
  "POST /conversations/{id}/drafts/{draftId}/submit": { access: { permission: "draft.submit" }, prepare: draft((d) => ({ version: d.version })) },
  "POST /conversations/{id}/drafts/{draftId}/decision": {
    access: { permission: "draft.decide" },
    prepare: draft((d) => ({ decision: "reject", version: d.version, reason: "Needs a warmer tone" }), true),
  },
  "GET /approvals": { access: { permission: "draft.decide" }, prepare: none() },
  "GET /channels": { access: { permission: "channel.read" }, prepare: none() },
  "POST /channels": { access: { permission: "channel.write" }, prepare: none(() => ({ platform: "facebook", accountId: `matrix-new-${tag()}`, displayName: "Matrix New Page" })) },
  "DELETE /channels/{id}": {
    access: { permission: "channel.write" },
    prepare: async (p, o) => {
      const c = await p.channel(o);
      return { params: { id: c.id }, idKinds: { id: "channel" }, snapshot: p.channelSnapshot(o, c.id) };
    },
  },
  "PUT /channels/{id}/credentials": {
    access: { permission: "channel.write" },
    prepare: async (p, o) => {
      const c = await p.channel(o);
      return { params: { id: c.id }, idKinds: { id: "channel" }, body: { credentials: { pageAccessToken: `matrix-token-${tag()}` } }, snapshot: p.channelSnapshot(o, c.id) };
    },
  },
  "POST /public/practices/{slug}/questions": {
    access: { access: "public" },
    // Five questions per client per 10 minutes: the matrix's later callers meet the throttle.
    ok: [202, 429],
    prepare: async (_p, o) => ({ params: { slug: o.slug }, body: { name: "Matrix Visitor", question: "Are you open on Saturdays?" } }),
  },
  "OPTIONS /public/practices/{slug}/questions": { access: { access: "public" }, prepare: async (_p, o) => ({ params: { slug: o.slug } }) },
  "GET /public/practices/{slug}/embed.js": { access: { access: "public" }, prepare: async (_p, o) => ({ params: { slug: o.slug } }) },
  "GET /articles": { access: { permission: "article.read" }, prepare: none() },
  "POST /articles": { access: { permission: "article.write" }, prepare: none(() => articleBody()) },
  "PATCH /articles/{id}": {
    access: { permission: "article.write" },
    prepare: async (p, o) => {
      const a = await p.article(o);
      return { params: { id: a.id }, idKinds: { id: "article" }, body: { version: a.version, title: `Renamed ${tag()}` }, snapshot: p.articleSnapshot(o, a.id) };
    },
  },
  "GET /analytics": { access: { permission: "analytics.read" }, prepare: none() },
  "GET /analytics/{file}": { access: { permission: "analytics.read" }, prepare: async () => ({ params: { file: `${CHART_IDS[0]}.csv` } }) },
  "GET /team": { access: { permission: "conversation.read" }, prepare: none() },
  "GET /users": { access: { permission: "user.manage" }, prepare: none() },
  "POST /users": { access: { permission: "user.manage" }, prepare: none((_p, o) => ({ name: "Matrix Invitee", email: `invitee-${tag()}@${o.slug}.test`, role: "staff" })) },
  "PATCH /users/{id}": {
    access: { permission: "user.manage" },
    prepare: async (p, o) => {
      const u = await p.user(o);
      return { params: { id: u.id }, idKinds: { id: "user" }, body: { role: "physician" }, snapshot: p.userSnapshot(o, u.id) };
    },
  },
  "GET /settings": { access: { permission: "settings.read" }, prepare: none() },
  "PUT /settings": {
    access: { permission: "settings.write" },
    prepare: none(async (p, o) => {
      const s = await p.settings(o);
      return { version: s.version, name: s.name, settings: s.settings };
    }),
  },
  "GET /audit": { access: { permission: "audit.read" }, prepare: none() },
  "GET /audit.csv": { access: { permission: "audit.read" }, prepare: none() },
};
