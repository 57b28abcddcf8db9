import { isApiError } from "../../api/http";

/** A failed save, said plainly next to the control that failed. */
export function MutationError({ error, id }: { error: unknown; id?: string }) {
  if (!error) return null;
  const message = isApiError(error) ? error.message : "Something went wrong. Try again.";
  return (
    <p id={id} className="banner banner-error" role="alert">
      {message}
    </p>
  );
}
