import { describe, expect, it } from "vitest";
import { InvalidPayload } from "../../errors.ts";
import dms from "./fixtures/account-activity.direct_message_events.json" with { type: "json" };
import typing from "./fixtures/account-activity.direct_message_indicate_typing_events.json" with { type: "json" };
import markRead from "./fixtures/account-activity.direct_message_mark_read_events.json" with { type: "json" };
import longform from "./fixtures/account-activity.tweet_create_events.longform.json" with { type: "json" };
import deletes from "./fixtures/account-activity.tweet_delete_events.json" with { type: "json" };
import revoke from "./fixtures/account-activity.user_event.revoke.json" with { type: "json" };
import replyTweet from "./fixtures/tweet-object.v1.post-reply.data-dictionary.json" with { type: "json" };
import { normaliseXActivity } from "./normalise-x-activity.ts";

// The AAA docs show `tweet_create_events: [ <Tweet Object> ]`; the data dictionary's reply object fills it.
const tweetEvents = (forUserId: string, tweets: unknown[]) => ({ for_user_id: forUserId, tweet_create_events: tweets });

describe("normaliseXActivity: tweet_create_events", () => {
  it("a post that @mentions the account is a mention threaded under the post it replies to", () => {
    expect(normaliseXActivity(tweetEvents("1615654896", [replyTweet]))).toEqual([{
      platform: "x", accountId: "1615654896", kind: "mention", platformMessageId: "1296887316556980230",
      threadKey: "1296887091901718529", parentPlatformId: "1296887091901718529", context: { platformId: "1296887091901718529" },
      author: { platformId: "2244994945", handle: "XDevelopers", name: "X Dev" }, text: replyTweet.text,
      url: "https://x.com/XDevelopers/status/1296887316556980230", sentAt: "2020-08-21T19:10:05.000Z", action: "created",
    }]);
  });

  it("a reply to the account's own post is a comment", () => {
    const reply = { ...replyTweet, user: { id_str: "42", screen_name: "someone" } };
    expect(normaliseXActivity(tweetEvents("2244994945", [reply]))[0]?.kind).toBe("comment");
  });

  it("a truncated long post uses extended_tweet.full_text; a post without a user links via i/web", () => {
    const [message] = normaliseXActivity(longform);
    expect(message?.text).toBe(longform.tweet_create_events[0]!.extended_tweet.full_text);
    expect(message).toMatchObject({ platformMessageId: "1924465506158878979", threadKey: "1924465506158878979", url: "https://x.com/i/web/status/1924465506158878979" });
  });

  it.each([
    ["the account's own posts", tweetEvents("2244994945", [replyTweet])],
    ["retweets", tweetEvents("1", [{ ...replyTweet, retweeted_status: { id_str: "9" } }])],
  ])("skips %s", (_rule, payload) => {
    expect(normaliseXActivity(payload)).toEqual([]);
  });
});

describe("normaliseXActivity: direct messages and deletions", () => {
  it("a received DM is threaded by the other party, with the handle from the users map (docs sample)", () => {
    expect(normaliseXActivity(dms)).toEqual([{
      platform: "x", accountId: "4337869213", kind: "direct_message", platformMessageId: "954491830116155396",
      threadKey: "dm:3001969357", author: { platformId: "3001969357", handle: "furiouscamper", name: "Jordan Brinks" },
      text: "Hello World!", sentAt: "2018-01-19T23:12:40.557Z", action: "created", replyRef: { participant_id: "3001969357" },
    }]);
  });

  it("skips a DM the account sent itself", () => {
    expect(normaliseXActivity({ ...dms, for_user_id: "3001969357" })).toEqual([]);
  });

  it("a deleted post by someone else becomes a deletion keyed by its id (docs sample seen by another account)", () => {
    expect(normaliseXActivity({ ...deletes, for_user_id: "1" })).toEqual([{
      platform: "x", accountId: "1", kind: "mention", platformMessageId: "1045405559317569537", threadKey: "1045405559317569537",
      author: { platformId: "930524282358325248" }, text: "", sentAt: "2015-05-21T17:09:15.593Z", action: "deleted",
    }]);
  });

  it("skips the account's own deletions (the docs sample as delivered)", () => {
    expect(normaliseXActivity(deletes)).toEqual([]);
  });

  it.each([
    ["typing indicators", typing],
    ["read receipts", markRead],
    ["user_event revoke, which has no for_user_id", revoke],
    ["favorites", { for_user_id: "1", favorite_events: [{ id: "x" }] }],
  ])("ignores %s", (_rule, payload) => {
    expect(normaliseXActivity(payload)).toEqual([]);
  });

  it.each([
    ["a payload without for_user_id", { tweet_create_events: [replyTweet] }],
    ["a tweet without id_str", tweetEvents("1", [{ id: 1, text: "x" }])],
    ["tweet_create_events that is not a list", { for_user_id: "1", tweet_create_events: {} }],
    ["a DM without an id", { for_user_id: "1", direct_message_events: [{ type: "message_create" }] }],
    ["not an object", "hello"],
  ])("rejects %s as InvalidPayload", (_rule, payload) => {
    expect(() => normaliseXActivity(payload)).toThrow(InvalidPayload);
  });
});
