import { PlatformError, type PlatformSender, type SendReplyInput, type SendReplyResult } from "../platform-client.ts";
import { buildReplyMime } from "./reply-mime.ts";
import { signSigV4, type AwsCredentials, type SignInput } from "./sigv4.ts";
import { networkFailure } from "../network-failure.ts";

export interface SesSenderOptions {
  /** Defaults to https://email.{region}.amazonaws.com. */
  baseUrl?: string;
  fetch?: typeof fetch;
  /** Replaceable signer (tests, or a future SDK-based one). */
  sign?: (input: SignInput) => Record<string, string>;
  timeoutMs?: number;
  env?: Record<string, string | undefined>;
}

/**
 * Sends the reply with SES v2 SendEmail: POST /v2/email/outbound-emails, SigV4 (service "ses"),
 * JSON { FromEmailAddress, Destination.ToAddresses, Content.Raw.Data = base64 MIME }; 200 answers { MessageId }.
 * Source: https://docs.aws.amazon.com/ses/latest/APIReference-V2/API_SendEmail.html
 * From is the practice's receiving address (target.accountId), which must be a verified SES identity.
 */
export function createSesSender(options: SesSenderOptions = {}): PlatformSender {
  const doFetch = options.fetch ?? fetch;
  const sign = options.sign ?? signSigV4;
  const timeoutMs = options.timeoutMs ?? 15_000;

  return {
    async sendReply({ credentials, target, text }: SendReplyInput): Promise<SendReplyResult> {
      const aws = awsCredentials(credentials, options.env ?? process.env);
      const to = target.authorPlatformId;
      if (!to) throw new PlatformError("The email has no sender address to answer", { retryable: false });
      const mime = buildReplyMime({
        from: target.accountId,
        to,
        subject: target.replyRef?.subject ?? "",
        text,
        inReplyTo: target.replyRef?.messageId,
        references: target.replyRef?.references ?? target.replyRef?.messageId,
      });
      const url = `${(options.baseUrl ?? `https://email.${aws.region}.amazonaws.com`).replace(/\/$/, "")}/v2/email/outbound-emails`;
      const body = JSON.stringify({
        FromEmailAddress: target.accountId,
        Destination: { ToAddresses: [to] },
        Content: { Raw: { Data: Buffer.from(mime, "utf8").toString("base64") } },
      });
      const headers = sign({ method: "POST", url, headers: { "content-type": "application/json" }, body, service: "ses", credentials: aws });
      let response: Response;
      try {
        response = await doFetch(url, { method: "POST", headers, body, signal: AbortSignal.timeout(timeoutMs) });
      } catch (error) {
        throw networkFailure("SES", error);
      }
      const answer = (await response.json().catch(() => ({}))) as { MessageId?: string };
      if (!response.ok) throw sesError(response);
      if (!answer.MessageId) throw new PlatformError("SES answered without a MessageId", { status: response.status, retryable: false });
      return { platformReplyId: answer.MessageId };
    },
  };
}

/** Channel credentials win; on AWS the function's role supplies AWS_* variables. */
function awsCredentials(credentials: Record<string, string>, env: Record<string, string | undefined>): AwsCredentials {
  const accessKeyId = credentials.accessKeyId ?? env.AWS_ACCESS_KEY_ID;
  const secretAccessKey = credentials.secretAccessKey ?? env.AWS_SECRET_ACCESS_KEY;
  const region = credentials.region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION;
  if (!accessKeyId || !secretAccessKey || !region) {
    throw new PlatformError("SES credentials are incomplete", { retryable: false, credentialsFailing: true });
  }
  const sessionToken = credentials.accessKeyId ? credentials.sessionToken : env.AWS_SESSION_TOKEN;
  return { accessKeyId, secretAccessKey, region, ...(sessionToken ? { sessionToken } : {}) };
}

/** SES names the error in x-amzn-ErrorType (TooManyRequestsException, MessageRejected, ...); the type is safe to log. */
function sesError(response: Response): PlatformError {
  const status = response.status;
  const type = (response.headers.get("x-amzn-errortype") ?? "").split(":")[0];
  const retryAfter = Number(response.headers.get("retry-after"));
  return new PlatformError(`SES answered ${status}${type ? ` (${type})` : ""}`, {
    status,
    retryable: status === 429 || status >= 500,
    retryAfterMs: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : undefined,
    credentialsFailing: status === 401 || status === 403,
  });
}
