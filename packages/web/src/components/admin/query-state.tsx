import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { ErrorState } from "../state-message";

/** Loading, error, or the page: every admin screen goes through the same three states. */
export function QueryState<T>({ query, what, children }: { query: UseQueryResult<T>; what: string; children: (data: T) => ReactNode }) {
  if (query.isPending) {
    return (
      <div className="page-pending" role="status">
        <span className="spinner" aria-hidden="true" />
        Loading {what}…
      </div>
    );
  }
  if (query.isError && query.data === undefined) return <ErrorState what={what} error={query.error} onRetry={() => void query.refetch()} />;
  return <>{children(query.data as T)}</>;
}
