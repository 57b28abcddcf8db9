import type { Deps } from "../context.ts";
import { getPractice } from "../practice/get-practice.ts";
import { PracticeSettings } from "../practice/practice.ts";

const TTL_MS = 60_000;
const cache = new Map<string, { at: number; settings: PracticeSettings }>();

/**
 * A practice's settings for the hot paths (ingest, analytics hooks), read at most once a minute
 * per process: a change of time zone, target or retention applies within a minute everywhere,
 * and at once in the process that made it (forgetSettings).
 */
export async function cachedSettings(deps: Deps, practiceId: string): Promise<PracticeSettings> {
  const hit = cache.get(practiceId);
  const now = Date.now();
  if (hit && now - hit.at < TTL_MS) return hit.settings;
  const practice = await getPractice(deps, practiceId);
  const settings = PracticeSettings.parse(practice.settings ?? {});
  cache.set(practiceId, { at: now, settings });
  return settings;
}

export function forgetSettings(practiceId: string): void {
  cache.delete(practiceId);
}
