import { computeTwilioSignature } from "../../packages/core/src/platform/twilio/verify-twilio-signature.ts";
import { startFakeHttpServer, type FakeServer } from "./fake-http-server.ts";

/**
 * A local Twilio Messages API: POST /2010-04-01/Accounts/{AccountSid}/Messages.json with Basic auth.
 * Accepts the account/token pairs given (default AC_test / token_test) and answers 201 with a Message resource.
 */
export async function startTwilioFake(options: { accounts?: Record<string, string> } = {}): Promise<FakeServer> {
  const accounts = options.accounts ?? { AC_test: "token_test" };
  let next = 1;
  return startFakeHttpServer({
    errorBody: (status) => ({ code: status === 429 ? 20429 : status === 401 ? 20003 : 20500, message: "fake error", status }),
    handle(req) {
      const match = /^\/2010-04-01\/Accounts\/([^/]+)\/Messages\.json$/.exec(req.path);
      if (req.method !== "POST" || !match) return { status: 404, body: { code: 20404, message: "Not found", status: 404 } };
      const [user, pass] = Buffer.from((req.headers.authorization ?? "").replace(/^Basic /, ""), "base64").toString().split(":");
      if (user !== match[1] || accounts[user] !== pass) return { status: 401, body: { code: 20003, message: "Authenticate", status: 401 } };
      const form = new URLSearchParams(req.body);
      if (!form.get("To") || !(form.get("From") || form.get("MessagingServiceSid")) || !form.get("Body")) {
        return { status: 400, body: { code: 21604, message: "A 'To' phone number is required.", status: 400 } };
      }
      const sid = `SM${String(next++).padStart(32, "0")}`;
      return {
        status: 201,
        body: { sid, account_sid: user, to: form.get("To"), from: form.get("From"), status: "queued", num_segments: "1" },
      };
    },
  });
}

/** Builds the X-Twilio-Signature header for a delivery to `url` with these form params. */
export function signTwilioRequest(url: string, params: Record<string, string>, authToken: string): string {
  return computeTwilioSignature(url, params, authToken);
}
