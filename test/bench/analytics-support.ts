/**
 * The analytics API is being built beside this bench. This module finds out whether it is
 * there (the route in the app's own OpenAPI document) and, if the core module that turns a
 * conversation's items into day counters exists, lets the bulk loader write the day items ingest
 * would have produced for the loaded messages, exactly as the product's backfill writes them.
 */
import type { Deps } from "../../packages/core/src/context.ts";
import { writeBatch, type Item } from "./bulk-load.ts";
import type { BenchPractice } from "./bench-practice.ts";

type Counters = Record<string, number>;
type CountItems = (items: Record<string, unknown>[], settings: unknown, into: Map<string, Counters>) => void;

export async function analyticsRouteExists(baseUrl: string, headers: Record<string, string>): Promise<boolean> {
  const res = await fetch(`${baseUrl}/api/openapi.json`, { headers });
  if (res.status !== 200) return false;
  const doc = (await res.json()) as { paths?: Record<string, unknown> };
  return Object.keys(doc.paths ?? {}).some((p) => p === "/analytics" || p === "/api/analytics");
}

export interface DayAggregator {
  onConversation(items: Item[]): void;
  /** Writes the day items; returns how many. */
  write(deps: Deps): Promise<number>;
}

/** Null when the product has no day-aggregate module yet. */
export async function dayAggregatorFor(bp: BenchPractice): Promise<DayAggregator | null> {
  try {
    const backfill = (await import("../../packages/core/src/analytics/backfill-aggregates.ts")) as { countConversationItems?: CountItems };
    const { PracticeSettings } = await import("../../packages/core/src/practice/practice.ts");
    const { keys } = (await import("../../packages/core/src/storage/keys.ts")) as unknown as {
      keys: { aggregateDay?: (practiceId: string, day: string) => { pk: string; sk: string } };
    };
    const count = backfill.countConversationItems;
    const dayKey = keys.aggregateDay;
    if (!count || !dayKey) return null;
    const settings = PracticeSettings.parse(bp.practice.settings ?? {});
    const days = new Map<string, Counters>();
    return {
      onConversation: (items) => count(items, settings, days),
      async write(deps) {
        const items = [...days.entries()].map(([day, counters]) => ({ ...dayKey(bp.practice.id, day), type: "aggregate", day, ...counters }));
        for (let i = 0; i < items.length; i += 25) await writeBatch(deps, items.slice(i, i + 25));
        return items.length;
      },
    };
  } catch {
    return null;
  }
}
