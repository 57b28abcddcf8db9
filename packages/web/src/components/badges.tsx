import type { Category, ConversationStatus, Language, Platform } from "../api/types";
import { categoryHint, categoryLabel, languageLabel, platformLabel, platformShort } from "../lib/labels";

export function PlatformChip({ platform }: { platform: Platform }) {
  return (
    <span className={`platform platform-${platform}`} title={platformLabel[platform]}>
      <span aria-hidden="true">{platformShort[platform]}</span>
      <span className="sr-only">{platformLabel[platform]}</span>
    </span>
  );
}

/** The category, with the classifier's reasons in the tooltip and for screen readers. */
export function CategoryBadge({ category, reasons }: { category: Category; reasons: string[] }) {
  const why = reasons.length ? reasons.join("; ") : categoryHint[category];
  return (
    <span className={`badge badge-${category}`} title={`${categoryLabel[category]}: ${why}`}>
      {category === "urgent" ? (
        <span className="alert-icon" aria-hidden="true">
          !
        </span>
      ) : null}
      {categoryLabel[category]}
      <span className="sr-only">. Reasons: {why}</span>
    </span>
  );
}

export function PhiBadge() {
  return (
    <span className="badge badge-phi" title="Contains health information about a specific person">
      PHI
    </span>
  );
}

export function LanguageBadge({ language }: { language: Language }) {
  return (
    <span className="badge badge-lang" title={languageLabel[language]}>
      <span aria-hidden="true">{language.toUpperCase()}</span>
      <span className="sr-only">{languageLabel[language]}</span>
    </span>
  );
}

export function StatusBadge({ status }: { status: ConversationStatus }) {
  return <span className={`status status-${status}`}>{status === "open" ? "Open" : "Done"}</span>;
}
