import { Link } from "@tanstack/react-router";

/** Pinned above the list while urgent conversations wait: the count and a link to just those. */
export function UrgentBanner({ count }: { count: number }) {
  if (!count) return null;
  return (
    <div className="urgent-banner" role="alert">
      <span className="alert-icon" aria-hidden="true">
        !
      </span>
      <p>
        <strong>
          {count} urgent {count === 1 ? "conversation" : "conversations"}
        </strong>{" "}
        waiting: possible emergencies, answer first with emergency guidance.
      </p>
      <Link to="/inbox" search={{ status: "open", category: "urgent" }} className="button button-small button-danger">
        Show urgent
      </Link>
    </div>
  );
}
