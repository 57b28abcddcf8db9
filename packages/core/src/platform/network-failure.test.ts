import { createServer } from "node:net";
import { describe, expect, it } from "vitest";
import { networkFailure } from "./network-failure.ts";

async function thrownBy(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error("expected a throw");
}

/** A port with nothing listening: take one, then close it. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

describe("networkFailure", () => {
  it("connection refused: never sent, a definite failure that may be retried", async () => {
    const port = await closedPort();
    const error = await thrownBy(() => fetch(`http://127.0.0.1:${port}/`, { method: "POST", body: "x" }));
    const failure = networkFailure("Meta", error);
    expect(failure.options).toMatchObject({ retryable: true });
    expect(failure.options.ambiguous).toBeUndefined();
    expect(failure.message).toBe("Meta could not be reached");
  });

  it("timeout after the request went out: ambiguous", async () => {
    const server = createServer((socket) => socket.on("data", () => undefined));
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const port = (server.address() as { port: number }).port;
    const error = await thrownBy(() => fetch(`http://127.0.0.1:${port}/`, { method: "POST", body: "x", signal: AbortSignal.timeout(200) }));
    server.close();
    const failure = networkFailure("Twilio", error);
    expect(failure.options).toMatchObject({ retryable: true, ambiguous: true });
    expect(failure.message).toBe("Twilio call timed out");
  });

  it("connection dropped after the request went out: ambiguous", async () => {
    const server = createServer((socket) => socket.on("data", () => socket.destroy()));
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const port = (server.address() as { port: number }).port;
    const error = await thrownBy(() => fetch(`http://127.0.0.1:${port}/`, { method: "POST", body: "x" }));
    server.close();
    expect(networkFailure("X", error).options).toMatchObject({ retryable: true, ambiguous: true });
  });

  it("an error it does not recognise is treated as ambiguous (never post twice)", () => {
    expect(networkFailure("SES", new Error("odd")).options.ambiguous).toBe(true);
  });
});
