import { GetCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import type { Deps } from "../context.ts";
import type { Platform } from "../platform/platform.ts";
import { keys } from "../storage/keys.ts";
import { withStore } from "../storage/store-errors.ts";
import { normaliseAccountId, type ChannelRecord } from "./channel.ts";

/** Routes an inbound event: the connected channel (with credentials) that owns this account, or null. */
export async function findChannelByAccount(deps: Deps, platform: Platform, accountId: string): Promise<ChannelRecord | null> {
  return withStore(async () => {
    const route = await deps.store.doc.send(
      new GetCommand({ TableName: deps.store.tableName, Key: keys.account(platform, normaliseAccountId(platform, accountId)) }),
    );
    if (!route.Item) return null;
    return getChannelRecord(deps, route.Item.practiceId as string, route.Item.channelId as string);
  });
}

export async function getChannelRecord(deps: Deps, practiceId: string, channelId: string): Promise<ChannelRecord | null> {
  const res = await withStore(() =>
    deps.store.doc.send(new GetCommand({ TableName: deps.store.tableName, Key: keys.channel(practiceId, channelId) })),
  );
  const item = res.Item as (ChannelRecord & { status: string }) | undefined;
  return item && item.status === "connected" ? item : null;
}

/** Every connected channel of one platform, across practices: what a poller walks. A Query on gsi1. */
export async function listChannelsOfPlatform(deps: Deps, platform: Platform): Promise<ChannelRecord[]> {
  const out: ChannelRecord[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const res = await withStore(() =>
      deps.store.doc.send(
        new QueryCommand({
          TableName: deps.store.tableName,
          IndexName: "gsi1",
          KeyConditionExpression: "gsi1pk = :h",
          ExpressionAttributeValues: { ":h": `CHANNELS#${platform}` },
          ExclusiveStartKey: start,
        }),
      ),
    );
    out.push(...((res.Items ?? []) as ChannelRecord[]).filter((c) => c.status === "connected"));
    start = res.LastEvaluatedKey;
  } while (start);
  return out;
}
