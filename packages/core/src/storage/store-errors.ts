import { Conflict, StoreUnavailable } from "../errors.ts";

const CONNECTIVITY = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "EHOSTUNREACH",
  "TimeoutError",
  "RequestTimeout",
  "NetworkingError",
]);

function isConnectivity(error: unknown): boolean {
  const e = error as { name?: string; code?: string; $metadata?: { httpStatusCode?: number }; cause?: unknown };
  if (!e || typeof e !== "object") return false;
  if (CONNECTIVITY.has(e.name ?? "") || CONNECTIVITY.has(e.code ?? "")) return true;
  const status = e.$metadata?.httpStatusCode;
  if (status !== undefined && status >= 500) return true;
  if (e.name === "ProvisionedThroughputExceededException" || e.name === "ThrottlingException") return true;
  if (e.name === "AggregateError" || e.cause) return isConnectivity(e.cause ?? (e as { errors?: unknown[] }).errors?.[0]);
  return false;
}

/** Maps SDK failures to domain errors: an unreachable store is StoreUnavailable (503, platforms retry). */
export function translateStoreError(error: unknown): unknown {
  if (isConnectivity(error)) return new StoreUnavailable();
  const name = (error as { name?: string })?.name;
  if (name === "ConditionalCheckFailedException") return new Conflict();
  return error;
}

export async function withStore<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw translateStoreError(error);
  }
}

/** Which items of a TransactWriteItems failed their condition, by index. */
export function failedConditions(error: unknown): number[] {
  const reasons = (error as { CancellationReasons?: Array<{ Code?: string }> })?.CancellationReasons ?? [];
  return reasons.flatMap((r, i) => (r.Code === "ConditionalCheckFailed" ? [i] : []));
}
