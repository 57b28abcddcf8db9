/** When a message passes the practice's retention period: epoch seconds, the table's TTL attribute. */
export function messageExpiresAt(sentAt: string, retentionDays: number): number {
  return Math.floor(Date.parse(sentAt) / 1000) + retentionDays * 86_400;
}
