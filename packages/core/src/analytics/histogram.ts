/**
 * Durations are kept as counts in fixed minute buckets, so a day item stays small and sums across
 * days; median and 90th percentile come from the cumulative counts. The bounds include every
 * default response target (15, 240, 480, 1440, 2880, 10080), so "within target" is exact there.
 */
export const BUCKET_UPPER_MINUTES = [1, 2, 5, 10, 15, 30, 60, 120, 240, 480, 720, 1440, 2880, 4320, 10080, 20160, 43200] as const;
/** The last bucket (index BUCKET_UPPER_MINUTES.length) holds everything longer. */
export const BUCKET_COUNT = BUCKET_UPPER_MINUTES.length + 1;

export function bucketOf(minutes: number): number {
  const i = BUCKET_UPPER_MINUTES.findIndex((upper) => minutes <= upper);
  return i === -1 ? BUCKET_UPPER_MINUTES.length : i;
}

export function minutesBetween(fromIso: string, toIso: string): number {
  return Math.max(0, (Date.parse(toIso) - Date.parse(fromIso)) / 60_000);
}

/**
 * The q-quantile (0..1) of a histogram, interpolated linearly inside its bucket (the first bucket
 * starts at 0; the open last bucket reports its lower bound). Null when there are no samples.
 */
export function quantile(counts: number[], q: number): number | null {
  const total = counts.reduce((a, b) => a + b, 0);
  if (total <= 0) return null;
  const rank = q * total;
  let seen = 0;
  for (let i = 0; i < counts.length; i++) {
    const n = counts[i] ?? 0;
    if (n <= 0) continue;
    if (seen + n >= rank) {
      const lower = i === 0 ? 0 : BUCKET_UPPER_MINUTES[i - 1];
      const upper = BUCKET_UPPER_MINUTES[i];
      if (upper === undefined) return lower;
      return round1(lower + ((rank - seen) / n) * (upper - lower));
    }
    seen += n;
  }
  return BUCKET_UPPER_MINUTES[BUCKET_UPPER_MINUTES.length - 1];
}

export function emptyHistogram(): number[] {
  return new Array(BUCKET_COUNT).fill(0);
}

const round1 = (n: number) => Math.round(n * 10) / 10;
