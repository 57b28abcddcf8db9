import { spawn, type ChildProcess } from "node:child_process";
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

/** The repository root (test/reliability/helpers/../../..). */
export const ROOT = resolve(import.meta.dirname, "../../..");

/** Secrets and passwords the suite uses; the log-hygiene checks look for every one of them. */
export const SECRETS = {
  META_APP_SECRET: "rel-meta-app-secret-5f1c9a",
  META_VERIFY_TOKEN: "rel-meta-verify-token-77ab",
  X_CONSUMER_SECRET: "rel-x-consumer-secret-2b8e",
  TWILIO_AUTH_TOKEN: "rel-twilio-auth-token-91cd",
  LINKEDIN_CLIENT_SECRET: "rel-linkedin-secret-0e4f",
  SESSION_KEY: "rel-session-key-4c2d8e1f6a7b9c0d",
} as const;
export const DEMO_PASSWORD = "bedside-demo";
/** Nothing listens on the discard port: any platform call the server tries stays on loopback and fails. */
const DEAD_PLATFORM = "http://127.0.0.1:9";

export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

/**
 * Data directories live on tmpfs (/dev/shm) where there is one: the same DynamoDB Local files,
 * without the VM disk's fsync cost in every figure. A SIGKILL loses nothing more or less there
 * (the page cache outlives a killed process either way); only power loss would differ.
 */
function dataRoot(): string {
  const shm = "/dev/shm";
  return process.env.REL_DATA_ROOT ?? (existsSync(shm) ? shm : tmpdir());
}

export function tempDir(label: string): string {
  const base = join(dataRoot(), "bedside-reliability");
  mkdirSync(base, { recursive: true });
  return mkdtempSync(join(base, `${label}-`));
}

const copies = new Set<string>();
const kept = new Set<string>();
// The copies live in RAM (tmpfs): removed when the test process exits, unless kept or REL_KEEP_DATA is set.
process.once("exit", () => {
  if (process.env.REL_KEEP_DATA) return;
  for (const dir of copies) if (!kept.has(dir)) rmSync(dir, { recursive: true, force: true });
});

/** Keeps a data directory after the test process exits (a failed run's store, for inspection). */
export function keepDataDir(dir: string): void {
  kept.add(dir);
}

/** A copy of the seeded template store (global setup seeds it once), so each file starts from the demo data. */
export function seededDataDir(templateDir: string, label: string): string {
  const dir = tempDir(label);
  cpSync(templateDir, dir, { recursive: true });
  copies.add(dir);
  return dir;
}

export interface ServerOptions {
  dataDir: string;
  port?: number;
  /** Extra or overriding environment (e.g. DYNAMODB_ENDPOINT, PUBLIC_URL, platform base URLs). */
  env?: Record<string, string>;
  /** How long to wait for /health (the first start seeds the demo practices: 60-90 s here). */
  readyTimeoutMs?: number;
  /** Every captured line is also appended here (the log-hygiene scan reads it). */
  logFile?: string;
}

export interface RunningServer {
  baseUrl: string;
  port: number;
  /** The DynamoDB endpoint the server uses (printed at start). */
  storeEndpoint: string;
  /** Every stdout/stderr line of every run of this server, restarts included. */
  lines: string[];
  child: ChildProcess;
  /** SIGKILLs the whole process group (tsx, node and the embedded DynamoDB Local): a crash. */
  kill(): Promise<void>;
  /** SIGTERM: the graceful stop `npm start` does on Ctrl-C. */
  stop(): Promise<void>;
  /** Starts again on the same port and DATA_DIR. */
  restart(): Promise<RunningServer>;
}

function serverEnv(options: ServerOptions, port: number): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  // The child is not a test: vitest's variables would silence its logger.
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith("VITEST") && k !== "NODE_ENV") env[k] = v;
  return {
    ...env,
    ...SECRETS,
    PORT: String(port),
    DATA_DIR: options.dataDir,
    BEDSIDE_LOG: "1",
    SES_TOPIC_ARN: "arn:aws:sns:us-east-1:123456789012:bedside-reliability",
    POLL_INTERVAL_SECONDS: "86400",
    X_API_BASE_URL: DEAD_PLATFORM,
    GRAPH_API_BASE_URL: `${DEAD_PLATFORM}/v21.0`,
    GOOGLE_API_BASE_URL: DEAD_PLATFORM,
    LINKEDIN_API_BASE_URL: DEAD_PLATFORM,
    TWILIO_API_BASE_URL: DEAD_PLATFORM,
    SES_API_BASE_URL: DEAD_PLATFORM,
    ...options.env,
  };
}

async function waitHealthy(baseUrl: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`server exited early (${child.exitCode ?? child.signalCode})`);
    try {
      const res = await fetch(`${baseUrl}/health`, { signal: AbortSignal.timeout(2_000) });
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server not healthy within ${timeoutMs} ms`);
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => child.once("exit", () => done()));
}

/** Spawns `npm start`'s entry (tsx packages/functions/src/local.ts) in its own process group. */
export async function startServer(options: ServerOptions, lines: string[] = []): Promise<RunningServer> {
  const port = options.port ?? (await freePort());
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [join(ROOT, "node_modules/tsx/dist/cli.mjs"), "packages/functions/src/local.ts"], {
    cwd: ROOT,
    env: serverEnv(options, port),
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let storeEndpoint = options.env?.DYNAMODB_ENDPOINT ?? "";
  const capture = (stream: NodeJS.ReadableStream) => {
    let rest = "";
    stream.setEncoding("utf8");
    stream.on("data", (chunk: string) => {
      const parts = (rest + chunk).split("\n");
      rest = parts.pop() ?? "";
      for (const line of parts) {
        lines.push(line);
        if (options.logFile) appendFileSync(options.logFile, `${line}\n`);
        const m = /DynamoDB Local at (http:\/\/127\.0\.0\.1:\d+)/.exec(line);
        if (m) storeEndpoint = m[1]!;
      }
    });
  };
  capture(child.stdout!);
  capture(child.stderr!);
  const group = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // already gone
    }
  };
  try {
    await waitHealthy(baseUrl, child, options.readyTimeoutMs ?? 120_000);
  } catch (error) {
    group("SIGKILL");
    throw new Error(`${(error as Error).message}\n${lines.slice(-20).join("\n")}`);
  }
  const self: RunningServer = {
    baseUrl,
    port,
    get storeEndpoint() {
      return storeEndpoint;
    },
    lines,
    child,
    async kill() {
      group("SIGKILL");
      await exited(child);
      // The group's other members (DynamoDB Local) die with it; give the OS a moment to free the port and files.
      await new Promise((r) => setTimeout(r, 500));
    },
    async stop() {
      group("SIGTERM");
      const timer = setTimeout(() => group("SIGKILL"), 10_000);
      await exited(child);
      clearTimeout(timer);
      await new Promise((r) => setTimeout(r, 300));
    },
    restart: () => startServer({ ...options, port }, lines),
  };
  return self;
}

/** Records figures for docs/reliability.md (one JSON line per figure, collected across files). */
export function recordFigure(name: string, value: unknown): void {
  const base = join(tmpdir(), "bedside-reliability");
  mkdirSync(base, { recursive: true });
  appendFileSync(join(base, "figures.jsonl"), `${JSON.stringify({ at: new Date().toISOString(), name, value })}\n`);
  console.log(`[figure] ${name}: ${JSON.stringify(value)}`);
}

function childrenOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((tid) =>
      readFileSync(`/proc/${pid}/task/${tid}/children`, "utf8").split(" ").filter(Boolean).map(Number),
    );
  } catch {
    return [];
  }
}

/**
 * The DynamoDB Local (java) process the spawned server runs now: a descendant of the server's own
 * process, recognised by the store port in its command line (Linux /proc). Undefined while the
 * supervisor is starting it again.
 */
export function storeProcessId(server: RunningServer): number | undefined {
  const port = new URL(server.storeEndpoint).port;
  const queue = [server.child.pid!];
  while (queue.length) {
    const pid = queue.shift()!;
    for (const child of childrenOf(pid)) {
      queue.push(child);
      try {
        const args = readFileSync(`/proc/${child}/cmdline`, "utf8").split("\0");
        if (args.some((a) => a.endsWith("DynamoDBLocal.jar")) && args[args.indexOf("-port") + 1] === port) return child;
      } catch {
        // exited meanwhile
      }
    }
  }
  return undefined;
}
