import { describe, expect, it } from "vitest";
import { InvalidPayload } from "../../errors.ts";
import { interpretSnsEnvelope, parseSnsEnvelope, type SnsEnvelope } from "./sns-envelope.ts";

const topicArn = "arn:aws:sns:us-east-1:012345678912:example-topic";
const base: SnsEnvelope = {
  Type: "SubscriptionConfirmation",
  MessageId: "165545c9-2a5c-472c-8df2-7ff2be2b3b1b",
  Token: "2336412f37",
  TopicArn: topicArn,
  Message: "You have chosen to subscribe to the topic.",
  SubscribeURL: `https://sns.us-east-1.amazonaws.com/?Action=ConfirmSubscription&TopicArn=${topicArn}&Token=2336412f37`,
  Timestamp: "2012-04-26T20:45:04.751Z",
  SignatureVersion: "1",
  Signature: "EXAMPLEpH+",
  SigningCertURL: "https://sns.us-east-1.amazonaws.com/SimpleNotificationService-f3ecfb7224c7233fe7bb5f59f96de52f.pem",
};

describe("parseSnsEnvelope", () => {
  it("parses the raw text body SNS sends", () => {
    expect(parseSnsEnvelope(JSON.stringify(base)).Type).toBe("SubscriptionConfirmation");
  });

  it.each([
    ["text that is not JSON", "not json"],
    ["an unknown Type", { ...base, Type: "Other" }],
    ["a missing Signature", { ...base, Signature: undefined }],
    ["an unknown SignatureVersion", { ...base, SignatureVersion: "3" }],
  ])("rejects %s", (_rule, body) => {
    expect(() => parseSnsEnvelope(body)).toThrow(InvalidPayload);
  });
});

describe("interpretSnsEnvelope", () => {
  it.each<[string, SnsEnvelope, string]>([
    ["confirms the configured topic's subscription", base, "confirm"],
    ["ignores another topic", { ...base, TopicArn: "arn:aws:sns:us-east-1:1:other" }, "ignored"],
    ["ignores a SubscribeURL off SNS", { ...base, SubscribeURL: "https://evil.example.com/?Action=ConfirmSubscription" }, "ignored"],
    ["ignores a SubscribeURL over http", { ...base, SubscribeURL: base.SubscribeURL!.replace("https:", "http:") }, "ignored"],
    ["hands a notification's Message on", { ...base, Type: "Notification", Message: "{}" }, "notification"],
    ["ignores an UnsubscribeConfirmation", { ...base, Type: "UnsubscribeConfirmation" }, "ignored"],
  ])("%s", (_rule, envelope, kind) => {
    expect(interpretSnsEnvelope(envelope, { topicArn }).kind).toBe(kind);
  });
});
