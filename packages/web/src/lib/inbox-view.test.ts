import { describe, expect, it } from "vitest";
import type { ConversationSummary } from "../api/types";
import { inboxView } from "./inbox-view";

const c = (id: string, over: Partial<ConversationSummary> = {}) =>
  ({ id, category: "education", status: "open", assigneeId: null, ...over }) as ConversationSummary;

describe("inboxView", () => {
  const items = [c("a"), c("b", { category: "urgent" }), c("c", { assigneeId: "u1" }), c("d", { category: "urgent", status: "done" })];

  it("pins open urgent conversations on top, keeping the rest in order", () =>
    expect(inboxView(items, {}, "u1").items.map((x) => x.id)).toEqual(["b", "a", "c", "d"]));

  it("counts only open urgent ones", () => expect(inboxView(items, {}, "u1").urgentCount).toBe(1));

  it("filters to my conversations", () => expect(inboxView(items, { assignee: "me" }, "u1").items.map((x) => x.id)).toEqual(["c"]));

  it("filters to unassigned ones", () =>
    expect(inboxView(items, { assignee: "unassigned" }, "u1").items.map((x) => x.id)).toEqual(["b", "a", "d"]));
});
