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
  if (name === "ConditionalCheckFailedException" || name === "TransactionConflictException") return withCause(new Conflict(), error);
  if (name === "TransactionCanceledException" && cancellationReasons(error).some((r) => r.Code === "ConditionalCheckFailed" || r.Code === "TransactionConflict")) {
    return withCause(new Conflict(), error);
  }
  return error;
}

export async function withStore<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw translateStoreError(error);
  }
}

function withCause(conflict: Conflict, cause: unknown): Conflict {
  (conflict as { cause?: unknown }).cause = cause;
  return conflict;
}

function cancellationReasons(error: unknown): Array<{ Code?: string }> {
  const e = error as { CancellationReasons?: Array<{ Code?: string }>; cause?: unknown };
  return e?.CancellationReasons ?? (e?.cause ? cancellationReasons(e.cause) : []);
}

/** Which items of a TransactWriteItems failed their condition, by index (raw SDK error or its Conflict). */
export function failedConditions(error: unknown): number[] {
  return cancellationReasons(error).flatMap((r, i) => (r.Code === "ConditionalCheckFailed" ? [i] : []));
}

/** The transaction lost a race with another one on the same items: read again and retry. */
export function lostTransactionRace(error: unknown): boolean {
  const e = error as { name?: string; cause?: { name?: string } };
  if (e?.name === "TransactionConflictException" || e?.cause?.name === "TransactionConflictException") return true;
  return cancellationReasons(error).some((r) => r.Code === "TransactionConflict");
}
