import { createHash, createHmac } from "node:crypto";

/**
 * A minimal AWS Signature Version 4 signer for JSON requests (no query-string signing, no chunked
 * payloads). Steps as in https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html:
 * canonical request -> string to sign -> HMAC chain "AWS4"+secret / date / region / service / aws4_request.
 * Checked against the aws-sig-v4-test-suite "get-vanilla" case in sigv4.test.ts.
 */
export interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
  region: string;
}

export interface SignInput {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
  service: string;
  credentials: AwsCredentials;
  now?: Date;
}

/** Returns the headers to send: the given ones plus host, x-amz-date, (x-amz-security-token) and authorization. */
export function signSigV4(input: SignInput): Record<string, string> {
  const url = new URL(input.url);
  const amzDate = (input.now ?? new Date()).toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
  const day = amzDate.slice(0, 8);
  const headers: Record<string, string> = { ...lowerKeys(input.headers), host: url.host, "x-amz-date": amzDate };
  if (input.credentials.sessionToken) headers["x-amz-security-token"] = input.credentials.sessionToken;

  const names = Object.keys(headers).sort();
  const signedHeaders = names.join(";");
  const canonicalRequest = [
    input.method.toUpperCase(),
    canonicalPath(url.pathname),
    canonicalQuery(url.searchParams),
    names.map((name) => `${name}:${headers[name].trim().replace(/\s+/g, " ")}\n`).join(""),
    signedHeaders,
    sha256Hex(input.body),
  ].join("\n");
  const scope = `${day}/${input.credentials.region}/${input.service}/aws4_request`;
  const stringToSign = ["AWS4-HMAC-SHA256", amzDate, scope, sha256Hex(canonicalRequest)].join("\n");
  const key = [day, input.credentials.region, input.service, "aws4_request"].reduce<Buffer>(
    (k, part) => hmac(k, part),
    Buffer.from(`AWS4${input.credentials.secretAccessKey}`, "utf8"),
  );
  const signature = hmac(key, stringToSign).toString("hex");
  headers.authorization =
    `AWS4-HMAC-SHA256 Credential=${input.credentials.accessKeyId}/${scope}, ` +
    `SignedHeaders=${signedHeaders}, Signature=${signature}`;
  return headers;
}

function hmac(key: Buffer, data: string): Buffer {
  return createHmac("sha256", key).update(data, "utf8").digest();
}

function sha256Hex(data: string): string {
  return createHash("sha256").update(data, "utf8").digest("hex");
}

function lowerKeys(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
}

/** RFC 3986 encoding, as SigV4 requires (encodeURIComponent leaves !'()* alone). */
function rfc3986(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Non-S3 services encode each path segment twice; the URL parser has already encoded once. */
function canonicalPath(path: string): string {
  return path.split("/").map((segment) => rfc3986(segment)).join("/") || "/";
}

function canonicalQuery(params: URLSearchParams): string {
  return [...params.entries()]
    .map(([k, v]) => [rfc3986(k), rfc3986(v)])
    .sort(([a, av], [b, bv]) => (a === b ? (av < bv ? -1 : 1) : a < b ? -1 : 1))
    .map(([k, v]) => `${k}=${v}`)
    .join("&");
}
