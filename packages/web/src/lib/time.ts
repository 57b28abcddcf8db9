import { useEffect, useState } from "react";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Compact elapsed time for dense lists: "now", "4m", "3h 10m", "2d 5h", "6w". */
export function formatElapsed(fromIso: string, now: number): string {
  const ms = Math.max(0, now - Date.parse(fromIso));
  if (Number.isNaN(ms)) return "";
  if (ms < MINUTE) return "now";
  if (ms < HOUR) return `${Math.floor(ms / MINUTE)}m`;
  if (ms < DAY) {
    const m = Math.floor((ms % HOUR) / MINUTE);
    return m ? `${Math.floor(ms / HOUR)}h ${m}m` : `${Math.floor(ms / HOUR)}h`;
  }
  if (ms < 14 * DAY) {
    const h = Math.floor((ms % DAY) / HOUR);
    return h ? `${Math.floor(ms / DAY)}d ${h}h` : `${Math.floor(ms / DAY)}d`;
  }
  return `${Math.floor(ms / (7 * DAY))}w`;
}

/** Spoken form of the same duration, for screen readers and tooltips. */
export function describeElapsed(fromIso: string, now: number): string {
  const short = formatElapsed(fromIso, now);
  if (short === "now") return "less than a minute";
  return short
    .replace(/(\d+)w/, "$1 weeks")
    .replace(/(\d+)d/, "$1 days")
    .replace(/(\d+)h/, "$1 hours")
    .replace(/(\d+)m/, "$1 minutes")
    .replace(/\b1 (\w+)s\b/g, "1 $1");
}

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });
export const formatDateTime = (iso: string) => dateTime.format(new Date(iso));

/** Current time that advances every `everyMs`, so relative times stay honest. */
export function useNow(everyMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(t);
  }, [everyMs]);
  return now;
}
