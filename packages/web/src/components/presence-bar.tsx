import type { Presence } from "../api/presence";
import { roleLabel } from "../lib/labels";

const describe = (p: Presence) => `${p.name} is ${p.activity === "editing" ? "editing the draft" : "viewing"}`;

/** "Maria is viewing", "Sam is editing the draft": who else is on this conversation right now. */
export function PresenceBar({ others }: { others: Presence[] }) {
  return (
    <div className="presence" role="status" aria-label="Also on this conversation">
      {others.length ? (
        <ul className="presence-list">
          {others.map((p) => (
            <li key={p.userId} className={`presence-item presence-${p.activity}`}>
              <span className="presence-dot" aria-hidden="true" />
              {describe(p)}
              <span className="muted"> · {roleLabel[p.role as keyof typeof roleLabel] ?? p.role}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
