import { describe, expect, it } from "vitest";
import collection from "./fixtures/comments.collection.wp-api-generated.json" with { type: "json" };
import model from "./fixtures/comment.model.wp-api-generated.json" with { type: "json" };
import { htmlToText } from "./html-to-text.ts";
import { WordPressComment, normaliseWordPressComment } from "./wordpress-comment.ts";

const site = "https://blog.clinic.example/";

describe("normaliseWordPressComment", () => {
  it("normalises WordPress core's generated comment fixture", () => {
    expect(normaliseWordPressComment(WordPressComment.parse(model), site)).toEqual({
      platform: "blog",
      accountId: "https://blog.clinic.example",
      kind: "comment",
      platformMessageId: "https://blog.clinic.example#comment-2",
      threadKey: "post:4",
      context: { platformId: "4", url: "http://example.org/?p=4" },
      author: { name: "Internet of something or other" },
      text: "This is a comment",
      url: "http://example.org/?p=4#comment-2",
      sentAt: "2017-02-14T00:00:00.000Z",
      action: "created",
      replyRef: { postId: "4", commentId: "2", status: "approved" },
    });
  });

  it("parses every item of the generated collection", () => {
    expect(collection.map((c) => WordPressComment.parse(c).id)).toEqual([2]);
  });

  it("a reply points at its site-qualified parent and stays in the post's thread", () => {
    const reply = WordPressComment.parse({ ...model, id: 9, parent: 2 });
    expect(normaliseWordPressComment(reply, site)).toMatchObject({ parentPlatformId: "https://blog.clinic.example#comment-2", threadKey: "post:4" });
  });

  it("a registered author keeps their user id", () => {
    expect(normaliseWordPressComment(WordPressComment.parse({ ...model, author: 7 }), site).author).toEqual({ platformId: "7", name: "Internet of something or other" });
  });
});

describe("htmlToText", () => {
  it.each([
    ["paragraphs and line breaks", "<p>One<br />\ntwo</p>\n<p>Three</p>\n", "One\ntwo\n\nThree"],
    ["texturized quotes and numeric entities", "<p>It&#8217;s &#x2014; &#8220;fine&#8221;</p>", "It’s — “fine”"],
    ["named entities", "<p>Fish &amp; chips &lt;3&nbsp;&hellip;</p>", "Fish & chips <3 …"],
    ["links keep their text", '<p>See <a href="https://x.example" rel="nofollow ugc">this</a></p>', "See this"],
    ["an encoded tag stays text", "<p>&lt;b&gt;bold&lt;/b&gt;</p>", "<b>bold</b>"],
    ["scripts vanish", "<p>a</p><script>alert(1)</script>", "a"],
  ])("%s", (_rule, html, text) => {
    expect(htmlToText(html)).toBe(text);
  });
});
