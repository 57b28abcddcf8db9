import { TransactWriteCommand } from "@aws-sdk/lib-dynamodb";
import { auditPut } from "../audit/audit-event.ts";
import type { Ctx } from "../context.ts";
import { Conflict } from "../errors.ts";
import { assertCan } from "../membership/permissions.ts";
import { keys } from "../storage/keys.ts";
import { failedConditions, withStore } from "../storage/store-errors.ts";
import { ChannelInput, normaliseAccountId, publicChannel, type Channel, type ChannelRecord } from "./channel.ts";

/** Connects a platform account to the actor's practice. One account belongs to one practice. */
export async function connectChannel(ctx: Ctx, raw: ChannelInput): Promise<Channel> {
  if (ctx.actor.role !== "system") assertCan(ctx.actor.role, "channel.write");
  const input = ChannelInput.parse(raw);
  const practiceId = ctx.actor.practiceId;
  const accountId = normaliseAccountId(input.platform, input.accountId);
  const record: ChannelRecord = {
    id: ctx.newId("chn"),
    practiceId,
    platform: input.platform,
    accountId,
    displayName: input.displayName,
    settings: input.settings,
    credentials: input.credentials,
    status: "connected",
    createdAt: ctx.clock().toISOString(),
    health: { lastEventAt: null, lastPollAt: null, lastError: null, lastErrorAt: null, credentialsFailing: false },
  };
  const table = ctx.store.tableName;
  try {
    await withStore(() =>
      ctx.store.doc.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: table,
                Item: { ...keys.channel(practiceId, record.id), type: "channel", ...record, gsi1pk: `CHANNELS#${record.platform}`, gsi1sk: `${practiceId}#${record.id}` },
              },
            },
            {
              Put: {
                TableName: table,
                Item: { ...keys.account(input.platform, accountId), type: "account", practiceId, channelId: record.id },
                ConditionExpression: "attribute_not_exists(pk)",
              },
            },
            auditPut(ctx, { action: "channel.connected", entityType: "channel", entityId: record.id, meta: { platform: record.platform } }),
          ],
        }),
      ),
    );
  } catch (error) {
    if (failedConditions(error).includes(1) || error instanceof Conflict) {
      throw new Conflict("That account is already connected to a practice");
    }
    throw error;
  }
  return publicChannel(record);
}
