import { z } from "zod";

/**
 * The Account Activity `user_event` sent when a user revokes the app's access
 * (fixtures/account-activity.user_event.revoke.json): { user_event: { revoke: { date_time,
 * target: { app_id }, source: { user_id } } } }. It carries no for_user_id; source.user_id is the
 * account that revoked, which is the channel's X user id.
 */
const XRevokeEvent = z.object({
  user_event: z.object({
    revoke: z.object({
      date_time: z.string().optional(),
      target: z.object({ app_id: z.string() }).partial().optional(),
      source: z.object({ user_id: z.string().min(1) }),
    }),
  }),
});

/** The X user id that revoked access, or undefined when the payload is not a revoke. Pure. */
export function revokedXUserId(payload: unknown): string | undefined {
  const parsed = XRevokeEvent.safeParse(payload);
  return parsed.success ? parsed.data.user_event.revoke.source.user_id : undefined;
}
