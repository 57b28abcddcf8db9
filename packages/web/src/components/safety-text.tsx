import type { Safety, Violation } from "../api/draft-types";
import { violationLabel, violationSegments } from "../lib/violation-segments";

/** The text with each violation's span marked; the marks are numbered like the list below. */
export function HighlightedText({ text, violations }: { text: string; violations: Violation[] }) {
  return (
    <>
      {violationSegments(text, violations).map((s, i) =>
        s.violation === null ? (
          <span key={i}>{s.text}</span>
        ) : (
          <mark key={i} className="violation" data-violation={violations[s.violation]!.type}>
            {s.text}
          </mark>
        ),
      )}
    </>
  );
}

type ListProps = { id?: string; safety: Safety | undefined; checking?: boolean; failed?: string | null };

/** The safety result in words: each problem, the words it found and why it matters. */
export function ViolationList({ id, safety, checking, failed }: ListProps) {
  if (failed) return <p id={id} className="safety safety-unknown">Couldn't check this reply: {failed}</p>;
  if (!safety) return <p id={id} className="safety safety-unknown">{checking ? "Checking…" : "Not checked yet"}</p>;
  if (safety.safe)
    return (
      <p id={id} className="safety safety-ok">
        <span aria-hidden="true">✓ </span>No safety problems found{checking ? " (checking changes…)" : ""}
      </p>
    );
  return (
    <div id={id} className="safety safety-bad">
      <p>
        <strong>
          {safety.violations.length} safety {safety.violations.length === 1 ? "problem" : "problems"}
        </strong>
        {checking ? " (checking changes…)" : ""}
      </p>
      <ul className="violations">
        {safety.violations.map((v, i) => (
          <li key={`${v.type}-${v.start}-${i}`}>
            <strong>{violationLabel[v.type] ?? v.type}</strong>
            {v.text ? (
              <>
                {": "}
                <q className="violation-quote">{v.text}</q>
              </>
            ) : null}
            <span className="violation-why">{v.explanation}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
