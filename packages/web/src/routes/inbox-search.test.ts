import { describe, expect, it } from "vitest";
import { InboxSearch } from "./inbox-search";

describe("InboxSearch", () => {
  it("defaults status to open", () => expect(InboxSearch.parse({})).toEqual({ status: "open" }));

  it("keeps valid filters", () =>
    expect(InboxSearch.parse({ status: "all", category: "urgent", platform: "google_reviews" })).toEqual({
      status: "all",
      category: "urgent",
      platform: "google_reviews",
    }));

  it("keeps the assignee filter", () => expect(InboxSearch.parse({ assignee: "me" })).toMatchObject({ assignee: "me" }));

  it("drops unknown values rather than failing the page", () =>
    expect(InboxSearch.parse({ status: "closed", category: "spam", platform: "myspace" })).toEqual({
      status: "open",
      category: undefined,
      platform: undefined,
    }));
});
