/** Shown while a route's code or data takes longer than a moment. */
export function PagePending() {
  return (
    <div className="page-pending" role="status">
      <span className="spinner" aria-hidden="true" />
      Loading…
    </div>
  );
}
