import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { normaliseAccountId } from "../channel/channel.ts";
import type { Deps } from "../context.ts";
import type { Platform } from "../platform/platform.ts";
import { keys } from "../storage/keys.ts";
import { withStore } from "../storage/store-errors.ts";

export interface Route {
  practiceId: string;
  channelId: string;
}

const TTL_MS = 60_000;
const MAX_ROUTES = 10_000;
const routes = new Map<string, { at: number; route: Route }>();

/**
 * Which practice and channel own an account (the global ACCOUNT item), remembered for a minute
 * per process. Only the pointer is cached: the caller still reads the channel itself on every
 * delivery and asks again with `fresh` when that channel is no longer connected, so a
 * disconnected or moved account is never routed on a stale answer.
 */
export async function routeOf(deps: Deps, platform: Platform, accountId: string, options: { fresh?: boolean } = {}): Promise<Route | null> {
  const key = keys.account(platform, normaliseAccountId(platform, accountId));
  const cacheKey = `${deps.store.tableName}\u0000${key.pk}`;
  const hit = routes.get(cacheKey);
  const now = Date.now();
  if (!options.fresh && hit && now - hit.at < TTL_MS) return hit.route;
  const res = await withStore(() => deps.store.doc.send(new GetCommand({ TableName: deps.store.tableName, Key: key })));
  if (!res.Item) {
    routes.delete(cacheKey);
    return null;
  }
  const route = { practiceId: String(res.Item.practiceId), channelId: String(res.Item.channelId) };
  if (routes.size >= MAX_ROUTES) routes.delete(routes.keys().next().value!);
  routes.set(cacheKey, { at: now, route });
  return route;
}
