import type { Deps } from "@bedside/core/context";

/** One round of every platform poller over every connected channel. */
export async function runPollers(_deps: Deps): Promise<{ channels: number; stored: number; errors: number }> {
  return { channels: 0, stored: 0, errors: 0 };
}
