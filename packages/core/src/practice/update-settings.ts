import { GetCommand, TransactWriteCommand } from "@aws-sdk/lib-dynamodb";
import { z } from "zod";
import { forgetSettings } from "../analytics/settings-cache.ts";
import { auditPut } from "../audit/audit-event.ts";
import type { Ctx } from "../context.ts";
import { Conflict, NotFound } from "../errors.ts";
import { assertCan } from "../membership/permissions.ts";
import { keys } from "../storage/keys.ts";
import { withStore } from "../storage/store-errors.ts";
import { PracticeSettings, type Practice } from "./practice.ts";
import { settingsView, type SettingsView } from "./practice-settings-view.ts";

export const UpdateSettingsInput = z.object({
  version: z.number().int().positive(),
  name: z.string().trim().min(1).max(120),
  settings: PracticeSettings,
});

/** JSON with object keys sorted: the store does not keep a map's key order. */
function stable(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stable).join(",")}]`;
  if (v && typeof v === "object") return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${stable((v as Record<string, unknown>)[k])}`).join(",")}}`;
  return JSON.stringify(v) ?? "null";
}

function read(ctx: Ctx) {
  return withStore(() => ctx.store.doc.send(new GetCommand({ TableName: ctx.store.tableName, Key: keys.practice(ctx.actor.practiceId), ConsistentRead: true })));
}

/** The practice's name and settings: all of them for admins, the public ones for other roles. */
export async function getSettings(ctx: Ctx): Promise<SettingsView> {
  if (ctx.actor.role !== "system") assertCan(ctx.actor.role, "settings.read");
  const res = await read(ctx);
  if (!res.Item) throw new NotFound("No such practice");
  return settingsView(res.Item as unknown as Practice, ctx.actor.role);
}

/**
 * Replaces the practice's name and settings (admins). The version must match what the admin
 * loaded: a second admin saving over the first gets 409 with the current settings. The audit
 * event names the fields that changed, never their values.
 */
export async function updateSettings(ctx: Ctx, raw: z.input<typeof UpdateSettingsInput>): Promise<SettingsView> {
  if (ctx.actor.role !== "system") assertCan(ctx.actor.role, "settings.write");
  const input = UpdateSettingsInput.parse(raw);
  const res = await read(ctx);
  if (!res.Item) throw new NotFound("No such practice");
  const current = res.Item as unknown as Practice & { settingsVersion?: number };
  const version = current.settingsVersion ?? 1;
  if (version !== input.version) throw new Conflict("Someone else changed the settings first; here are the current ones", settingsView(current, ctx.actor.role));
  const before = current.settings as Record<string, unknown>;
  const after = input.settings as Record<string, unknown>;
  const changed = Object.keys(after).filter((k) => stable(before[k]) !== stable(after[k]));
  if (input.name !== current.name) changed.unshift("name");
  const next = { ...current, name: input.name, settings: input.settings, settingsVersion: version + 1 };
  try {
    await withStore(() =>
      ctx.store.doc.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Update: {
                TableName: ctx.store.tableName,
                Key: keys.practice(ctx.actor.practiceId),
                UpdateExpression: "SET #n = :n, settings = :s, settingsVersion = :nv, gsi1pk = :g, gsi1sk = slug",
                ConditionExpression: version === 1 ? "attribute_not_exists(settingsVersion) OR settingsVersion = :v" : "settingsVersion = :v",
                ExpressionAttributeNames: { "#n": "name" },
                ExpressionAttributeValues: { ":n": input.name, ":s": input.settings, ":nv": version + 1, ":v": version, ":g": keys.allPractices() },
              },
            },
            auditPut(ctx, { action: "practice.settings_changed", entityType: "practice", entityId: ctx.actor.practiceId, meta: { fields: changed.join(",").slice(0, 300) } }),
          ],
        }),
      ),
    );
  } catch (error) {
    if (error instanceof Conflict) {
      const fresh = await read(ctx);
      throw new Conflict("Someone else changed the settings first; here are the current ones", fresh.Item ? settingsView(fresh.Item as unknown as Practice, ctx.actor.role) : undefined);
    }
    throw error;
  }
  forgetSettings(ctx.actor.practiceId);
  return settingsView(next, ctx.actor.role);
}
