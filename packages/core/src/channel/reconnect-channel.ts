import { GetCommand, TransactWriteCommand } from "@aws-sdk/lib-dynamodb";
import { z } from "zod";
import { auditPut } from "../audit/audit-event.ts";
import type { Ctx } from "../context.ts";
import { NotFound } from "../errors.ts";
import { assertCan } from "../membership/permissions.ts";
import { keys } from "../storage/keys.ts";
import { withStore } from "../storage/store-errors.ts";
import { publicChannel, type Channel, type ChannelRecord } from "./channel.ts";

export const ReconnectInput = z.object({
  /** New tokens for the platform API: stored, never returned, never logged. */
  credentials: z.record(z.string().max(60), z.string().max(4000)),
});

/**
 * Reconnects a connected channel whose credentials stopped working: replaces its credentials and
 * clears the credential flag and last error, so the next poll or send tries again. (A disconnected
 * channel's account was freed: connect it again instead.) Admins; audited without the tokens.
 */
export async function reconnectChannel(ctx: Ctx, channelId: string, raw: z.input<typeof ReconnectInput>): Promise<Channel> {
  if (ctx.actor.role !== "system") assertCan(ctx.actor.role, "channel.write");
  const input = ReconnectInput.parse(raw);
  const table = ctx.store.tableName;
  const key = keys.channel(ctx.actor.practiceId, channelId);
  const res = await withStore(() => ctx.store.doc.send(new GetCommand({ TableName: table, Key: key, ConsistentRead: true })));
  const channel = res.Item as ChannelRecord | undefined;
  if (!channel || channel.status !== "connected") throw new NotFound("No such channel");
  const health = { ...channel.health, credentialsFailing: false, revokedAt: null, lastError: null, lastErrorAt: null };
  await withStore(() =>
    ctx.store.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Update: {
              TableName: table,
              Key: key,
              UpdateExpression: "SET credentials = :c, health = :h",
              ConditionExpression: "#s = :connected",
              ExpressionAttributeNames: { "#s": "status" },
              ExpressionAttributeValues: { ":c": input.credentials, ":h": health, ":connected": "connected" },
            },
          },
          auditPut(ctx, { action: "channel.reconnected", entityType: "channel", entityId: channelId, meta: { platform: channel.platform } }),
        ],
      }),
    ),
  );
  return publicChannel({ ...channel, credentials: input.credentials, health });
}
