import { keys } from "../storage/keys.ts";
import { messageExpiresAt } from "./expires-at.ts";

/**
 * What a message item needs for retention, written in the same transaction as the message:
 * its TTL attribute, and the marker the local sweep queries (the marker expires with it on AWS).
 */
export function messageRetention(
  table: string,
  practiceId: string,
  message: { conversationId: string; sentAt: string },
  messageKey: { pk: string; sk: string },
  retentionDays: number,
) {
  const expiresAt = messageExpiresAt(message.sentAt, retentionDays);
  const marker = keys.expiryMarker(practiceId, expiresAt, messageKey.sk, message.conversationId);
  return {
    expiresAt,
    markerPut: {
      Put: {
        TableName: table,
        Item: { ...marker, type: "expiry", expiresAt, targetPk: messageKey.pk, targetSk: messageKey.sk },
      },
    },
  };
}
