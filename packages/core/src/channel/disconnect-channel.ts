import { GetCommand, TransactWriteCommand } from "@aws-sdk/lib-dynamodb";
import { auditPut } from "../audit/audit-event.ts";
import type { Ctx } from "../context.ts";
import { NotFound } from "../errors.ts";
import { assertCan } from "../membership/permissions.ts";
import { keys } from "../storage/keys.ts";
import { withStore } from "../storage/store-errors.ts";
import type { ChannelRecord } from "./channel.ts";

/** Disconnects a channel: its credentials are erased, its account freed; its conversations stay. */
export async function disconnectChannel(ctx: Ctx, channelId: string): Promise<void> {
  if (ctx.actor.role !== "system") assertCan(ctx.actor.role, "channel.write");
  const table = ctx.store.tableName;
  const key = keys.channel(ctx.actor.practiceId, channelId);
  const res = await withStore(() => ctx.store.doc.send(new GetCommand({ TableName: table, Key: key })));
  const channel = res.Item as ChannelRecord | undefined;
  if (!channel || channel.status !== "connected") throw new NotFound("No such channel");
  await withStore(() =>
    ctx.store.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Update: {
              TableName: table,
              Key: key,
              UpdateExpression: "SET #s = :d, credentials = :empty REMOVE gsi1pk, gsi1sk",
              ExpressionAttributeNames: { "#s": "status" },
              ExpressionAttributeValues: { ":d": "disconnected", ":empty": {} },
            },
          },
          {
            Delete: {
              TableName: table,
              Key: keys.account(channel.platform, channel.accountId),
              ConditionExpression: "channelId = :c",
              ExpressionAttributeValues: { ":c": channelId },
            },
          },
          auditPut(ctx, { action: "channel.disconnected", entityType: "channel", entityId: channelId }),
        ],
      }),
    ),
  );
}
