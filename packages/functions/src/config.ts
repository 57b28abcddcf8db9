import { randomBytes } from "node:crypto";

/** Everything the app reads from its environment; entry points build it, nothing else reads env. */
export interface AppConfig {
  /** Signs session tokens. */
  sessionKey: string;
  sessionHours: number;
  /** Secure cookies and HSTS: on everywhere but plain-http localhost. */
  secureTransport: boolean;
  /** The externally visible base URL (Twilio signs the full URL). */
  publicUrl: string;
  secrets: {
    metaAppSecret?: string;
    metaVerifyToken?: string;
    xConsumerSecret?: string;
    twilioAuthToken?: string;
    linkedinClientSecret?: string;
  };
  /** Webhook and API bodies larger than this get 413. */
  bodyLimitBytes: number;
  /** The SNS topic SES receiving publishes to; only it is confirmed and read by /webhooks/email. */
  sesTopicArn?: string;
  /** API roots by platform client (x, graph, google, linkedin, twilio, ses); tests point them at fakes. */
  platformBaseUrls?: Partial<Record<string, string>>;
  /** How often `npm start` runs the pollers (AWS uses the Cron schedule instead). */
  pollIntervalSeconds?: number;
}

const BASE_URL_ENV = {
  x: "X_API_BASE_URL",
  graph: "GRAPH_API_BASE_URL",
  google: "GOOGLE_API_BASE_URL",
  linkedin: "LINKEDIN_API_BASE_URL",
  twilio: "TWILIO_API_BASE_URL",
  ses: "SES_API_BASE_URL",
  x_oauth: "X_OAUTH_BASE_URL",
  google_oauth: "GOOGLE_OAUTH_BASE_URL",
  linkedin_oauth: "LINKEDIN_OAUTH_BASE_URL",
} as const;

function baseUrlsFromEnv(env: NodeJS.ProcessEnv): Partial<Record<string, string>> {
  const out: Partial<Record<string, string>> = {};
  for (const [client, name] of Object.entries(BASE_URL_ENV)) if (env[name]) out[client] = env[name];
  return out;
}

export function configFromEnv(env: NodeJS.ProcessEnv, defaults: Partial<AppConfig> = {}): AppConfig {
  const publicUrl = env.PUBLIC_URL ?? defaults.publicUrl ?? `http://localhost:${env.PORT ?? 3000}`;
  return {
    sessionKey: env.SESSION_KEY ?? defaults.sessionKey ?? randomBytes(32).toString("base64url"),
    sessionHours: Number(env.SESSION_HOURS ?? 12),
    secureTransport: !/^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?/.test(publicUrl),
    publicUrl,
    secrets: {
      metaAppSecret: env.META_APP_SECRET,
      metaVerifyToken: env.META_VERIFY_TOKEN,
      xConsumerSecret: env.X_CONSUMER_SECRET,
      twilioAuthToken: env.TWILIO_AUTH_TOKEN,
      linkedinClientSecret: env.LINKEDIN_CLIENT_SECRET,
    },
    bodyLimitBytes: Number(env.BODY_LIMIT_BYTES ?? 256 * 1024),
    sesTopicArn: env.SES_TOPIC_ARN,
    platformBaseUrls: baseUrlsFromEnv(env),
    pollIntervalSeconds: Number(env.POLL_INTERVAL_SECONDS ?? 300),
    ...defaults,
  };
}
