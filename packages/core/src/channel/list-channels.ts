import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import type { Ctx } from "../context.ts";
import { assertCan } from "../membership/permissions.ts";
import { keys } from "../storage/keys.ts";
import { withStore } from "../storage/store-errors.ts";
import { publicChannel, type Channel, type ChannelRecord } from "./channel.ts";

/** The practice's channels, without credentials. */
export async function listChannels(ctx: Ctx): Promise<Channel[]> {
  if (ctx.actor.role !== "system") assertCan(ctx.actor.role, "channel.read");
  const k = keys.channelsOf(ctx.actor.practiceId);
  const res = await withStore(() =>
    ctx.store.doc.send(
      new QueryCommand({
        TableName: ctx.store.tableName,
        KeyConditionExpression: "pk = :pk AND begins_with(sk, :sk)",
        ExpressionAttributeValues: { ":pk": k.pk, ":sk": k.skPrefix },
      }),
    ),
  );
  return ((res.Items ?? []) as ChannelRecord[]).filter((c) => c.status === "connected").map(publicChannel);
}
