import { describe, expect, it } from "vitest";
import { buildXSearchQuery } from "./x-search-query.ts";

describe("buildXSearchQuery", () => {
  it.each([
    ["joins hashtags and words with OR and excludes retweets and the account", ["#dentist", "toothache"], "(#dentist OR toothache) -is:retweet -from:42"],
    ["quotes phrases", ["root canal"], '("root canal") -is:retweet -from:42'],
    ["drops blanks, duplicates and quotes inside terms", [" ", "#a", "#a", 'say "hi"'], '(#a OR "say hi") -is:retweet -from:42'],
    ["ignores non-strings", ["#a", 3, null], "(#a) -is:retweet -from:42"],
  ])("%s", (_rule, watch, expected) => {
    expect(buildXSearchQuery(watch, "42")).toBe(expected);
  });

  it.each([["nothing watched", []], ["no list", undefined], ["a string instead of a list", "#a"]])("returns undefined for %s", (_rule, watch) => {
    expect(buildXSearchQuery(watch, "42")).toBeUndefined();
  });

  it("stops at the length cap on a whole term", () => {
    expect(buildXSearchQuery(["#aaaa", "#bbbb", "#cccc"], "42", 40)).toBe("(#aaaa OR #bbbb) -is:retweet -from:42");
  });
});
