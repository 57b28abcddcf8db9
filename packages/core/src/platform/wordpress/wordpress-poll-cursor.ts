/**
 * The WordPress poller's cursor: where reading new comments stopped, plus what it knows of recent
 * comments so a later poll can tell an edit or a deletion (comments carry no modified date).
 *   "<newest date_gmt ISO>#<ids at that second>"                     no recent comments known
 *   "<newest date_gmt ISO>#<ids>|<id>:<hash>:<unix s>:<post>,..."     with them; hash "-" = reported deleted
 * A cursor without "|" is the older format, so existing channels keep their place.
 */
export interface Seen {
  time: number;
  ids: Set<number>;
}

export interface KnownComment {
  /** Short hash of the comment's text, or "-" once its deletion was reported. */
  hash: string;
  /** date_gmt in Unix seconds: when it falls out of the revisit window it is forgotten. */
  time: number;
  post: number;
}

export interface WordPressCursor {
  seen?: Seen;
  known: Map<number, KnownComment>;
}

export function parseWordPressCursor(cursor: string | undefined): WordPressCursor {
  const known = new Map<number, KnownComment>();
  if (!cursor) return { known };
  const [since, recent = ""] = cursor.split("|");
  for (const item of recent.split(",").filter(Boolean)) {
    const [id, hash, time, post] = item.split(":");
    if (id && hash && Number.isFinite(Number(time))) known.set(Number(id), { hash, time: Number(time), post: Number(post) || 0 });
  }
  const [date, ids = ""] = since.split("#");
  const time = Date.parse(date);
  if (Number.isNaN(time)) return { known };
  return { seen: { time, ids: new Set(ids.split(",").filter(Boolean).map(Number)) }, known };
}

/** Newest comments are kept first when the list has to be capped. */
export function formatWordPressCursor(cursor: WordPressCursor, maxKnown = 2000): string | undefined {
  if (!cursor.seen) return undefined;
  const since = `${new Date(cursor.seen.time).toISOString()}#${[...cursor.seen.ids].sort((a, b) => a - b).join(",")}`;
  const recent = [...cursor.known.entries()]
    .sort((a, b) => b[1].time - a[1].time || b[0] - a[0])
    .slice(0, maxKnown)
    .map(([id, k]) => `${id}:${k.hash}:${k.time}:${k.post}`);
  return recent.length ? `${since}|${recent.join(",")}` : since;
}
