import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { api, signIn, type Session } from "./helpers/api.ts";
import { recordFigure, seededDataDir, startServer, type RunningServer } from "./helpers/server.ts";

/**
 * Concurrent edits: two people change the same conversation (or the same draft) at the same
 * moment, both from the version they read. One wins; the other gets 409 with the current version
 * (which holds the winner's change); applying the loser's change again on that version keeps both.
 * No update is ever lost silently. Against the real server and store.
 */
const ROUNDS = 15;

type Conversation = { id: string; version: number; category: string; status: string; assigneeId: string | null };
type Draft = { id: string; version: number; text: string; status: string };

describe("concurrent edits", () => {
  let server: RunningServer;
  let dataDir: string;
  let staff: Session;
  let physician: Session;
  const figures = { conversationRaces: 0, draftRaces: 0, answered200: 0, answered409: 0, lostUpdates: 0 };

  beforeAll(async () => {
    dataDir = seededDataDir(inject("templateDir"), "edits");
    server = await startServer({ dataDir });
    staff = await signIn(server.baseUrl, "staff@riverside.test");
    physician = await signIn(server.baseUrl, "physician@riverside.test");
  });
  afterAll(async () => {
    await server?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    recordFigure("concurrent-edits", figures);
  });

  async function conversations(): Promise<Conversation[]> {
    const res = await api(server.baseUrl, staff, "GET", "/api/conversations?status=open");
    expect(res.status).toBe(200);
    return res.json.items as Conversation[];
  }

  const detail = async (id: string) => (await api(server.baseUrl, staff, "GET", `/api/conversations/${id}`)).json as { conversation: Conversation; drafts: Draft[] };

  it(`${ROUNDS} races on a conversation: one 200, one 409 with the current version; the loser's retry keeps both changes`, async () => {
    const list = (await conversations()).slice(0, ROUNDS);
    expect(list.length).toBe(ROUNDS);
    for (const listed of list) {
      const { conversation: read } = await detail(listed.id);
      // Staff assign it to themselves; the physician recategorises it, from the same version.
      const category = read.category === "feedback" ? "logistics" : "feedback";
      const [a, b] = await Promise.all([
        api(server.baseUrl, staff, "PATCH", `/api/conversations/${read.id}`, { version: read.version, assigneeId: staff.user.id }),
        api(server.baseUrl, physician, "PATCH", `/api/conversations/${read.id}`, { version: read.version, category }),
      ]);
      figures.conversationRaces++;
      expect([a.status, b.status].sort()).toEqual([200, 409]);
      figures.answered200++;
      figures.answered409++;
      const [winner, loser] = a.status === 200 ? [a, b] : [b, a];
      const staffWon = winner === a;
      expect(loser.json.code).toBe("conflict");
      const current = loser.json.current as Conversation;
      expect(current.version).toBe(read.version + 1);
      expect(current.version).toBe(winner.json.conversation.version);
      if (staffWon) expect(current.assigneeId).toBe(staff.user.id);
      else expect(current.category).toBe(category);
      // The loser sees the current version and applies their change on top of it.
      const retry = staffWon
        ? await api(server.baseUrl, physician, "PATCH", `/api/conversations/${read.id}`, { version: current.version, category })
        : await api(server.baseUrl, staff, "PATCH", `/api/conversations/${read.id}`, { version: current.version, assigneeId: staff.user.id });
      expect(retry.status).toBe(200);
      const { conversation: after } = await detail(read.id);
      const kept = after.assigneeId === staff.user.id && after.category === category && after.version === read.version + 2;
      if (!kept) figures.lostUpdates++;
      expect(after).toMatchObject({ assigneeId: staff.user.id, category, version: read.version + 2 });
    }
  });

  it(`${ROUNDS} races on a draft: one edit wins, the other gets 409 with the winner's text`, async () => {
    const withDrafts: Array<{ conversationId: string; draft: Draft }> = [];
    for (const listed of await conversations()) {
      const d = await detail(listed.id);
      const draft = d.drafts.find((x) => x.status === "draft");
      if (draft) withDrafts.push({ conversationId: listed.id, draft });
      if (withDrafts.length === ROUNDS) break;
    }
    expect(withDrafts.length).toBe(ROUNDS);
    for (const { conversationId, draft } of withDrafts) {
      const path = `/api/conversations/${conversationId}/drafts/${draft.id}`;
      const staffText = `Thank you for writing. Our front desk will reply during office hours. (staff ${draft.id.slice(-6)})`;
      const physicianText = `Thank you for your message. The practice will get back to you during office hours. (physician ${draft.id.slice(-6)})`;
      const [a, b] = await Promise.all([
        api(server.baseUrl, staff, "PATCH", path, { version: draft.version, text: staffText }),
        api(server.baseUrl, physician, "PATCH", path, { version: draft.version, text: physicianText }),
      ]);
      figures.draftRaces++;
      expect([a.status, b.status].sort()).toEqual([200, 409]);
      figures.answered200++;
      figures.answered409++;
      const [winner, loser] = a.status === 200 ? [a, b] : [b, a];
      const current = loser.json.current as Draft;
      expect(current.version).toBe(draft.version + 1);
      expect(current.text).toBe((winner.json as Draft).text);
      // The loser merges by hand: their text, on the current version.
      const loserText = winner === a ? physicianText : staffText;
      const retry = await api(server.baseUrl, winner === a ? physician : staff, "PATCH", path, { version: current.version, text: loserText });
      expect(retry.status).toBe(200);
      const stored = (await detail(conversationId)).drafts.find((x) => x.id === draft.id)!;
      if (stored.text !== loserText || stored.version !== draft.version + 2) figures.lostUpdates++;
      expect(stored).toMatchObject({ text: loserText, version: draft.version + 2 });
      // An edit from the stale version is refused too, never applied over the newer text.
      const stale = await api(server.baseUrl, staff, "PATCH", path, { version: draft.version, text: "stale" });
      expect(stale.status).toBe(409);
      expect(stale.json.current.text).toBe(loserText);
      figures.answered409++;
    }
  });
});
