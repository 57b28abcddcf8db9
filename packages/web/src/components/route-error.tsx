import { useQueryErrorResetBoundary } from "@tanstack/react-query";
import { type ErrorComponentProps, useRouter } from "@tanstack/react-router";
import { isApiError } from "../api/http";

/** Last-resort page error: always says what happened and offers a retry. */
export function RouteError({ error }: ErrorComponentProps) {
  const router = useRouter();
  const queryReset = useQueryErrorResetBoundary();
  const message = isApiError(error) ? error.message : "Something went wrong while loading this page.";
  return (
    <main id="main" className="page-center">
      <div className="notice notice-error" role="alert">
        <h1>Couldn't load this page</h1>
        <p>{message}</p>
        <button
          type="button"
          className="button"
          onClick={() => {
            queryReset.reset();
            void router.invalidate();
          }}
        >
          Try again
        </button>
      </div>
    </main>
  );
}
