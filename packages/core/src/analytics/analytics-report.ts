import { PLATFORMS } from "../platform/platform.ts";
import { CATEGORIES, type Category } from "../triage/category.ts";
import type { Counters } from "./counters.ts";
import { addDays, daysInRange, eachDay, weekOf } from "./local-day.ts";
import { addHistograms, get, histogramOf, median, p90, pct, sumDays, withPrefix } from "./sum-counters.ts";

export type Cell = string | number | null;
export interface Chart {
  id: ChartId;
  title: string;
  /** Column keys in order, with their header labels (the table view and the CSV use both). */
  columns: Array<{ key: string; label: string }>;
  rows: Array<Record<string, Cell>>;
  /** Headline figures of this period and the previous one of equal length. */
  summary: { current: Record<string, number | null>; previous: Record<string, number | null> };
}

export const CHART_IDS = [
  "volume-by-platform",
  "volume-by-category",
  "response-time",
  "response-time-trend",
  "approvals",
  "redirects",
  "emergency",
  "agreement",
  "topics",
  "hashtags",
  "articles",
] as const;
export type ChartId = (typeof CHART_IDS)[number];

export interface ReportInput {
  from: string;
  to: string;
  bucket: "day" | "week";
  days: Map<string, Counters>;
  targets: Partial<Record<Category, number>>;
  articleTitles: Map<string, string>;
}

export interface AnalyticsReport {
  from: string;
  to: string;
  bucket: "day" | "week";
  previous: { from: string; to: string };
  charts: Chart[];
}

/** The range before `from`, of the same number of days. */
export function previousRange(from: string, to: string): { from: string; to: string } {
  const n = daysInRange(from, to);
  return { from: addDays(from, -n), to: addDays(from, -1) };
}

interface Period {
  label: string;
  total: Counters;
}

function periods(input: ReportInput): Period[] {
  const groups = new Map<string, Counters[]>();
  for (const day of eachDay(input.from, input.to)) {
    const label = input.bucket === "week" ? weekOf(day) : day;
    const list = groups.get(label) ?? [];
    const c = input.days.get(day);
    if (c) list.push(c);
    groups.set(label, list);
  }
  return [...groups.entries()].map(([label, list]) => ({ label, total: sumDays(list) }));
}

const col = (key: string, label = key) => ({ key, label });
/** Column headers people read in the table and the CSV (keys stay the stable ids). */
const PLATFORM_LABEL: Record<string, string> = { x: "X", facebook: "Facebook", instagram: "Instagram", linkedin: "LinkedIn", google_reviews: "Google reviews", blog: "Blog", web_form: "Web form", email: "Email", sms: "SMS" };
const categoryLabel = (k: string) => k.charAt(0).toUpperCase() + k.slice(1);
const inRange = (input: ReportInput, from: string, to: string) => sumDays(eachDay(from, to).map((d) => input.days.get(d)));

/** Every chart of the analytics page, from day items only. Pure. */
export function buildAnalyticsReport(input: ReportInput): AnalyticsReport {
  const previous = previousRange(input.from, input.to);
  const cur = inRange(input, input.from, input.to);
  const prev = inRange(input, previous.from, previous.to);
  const ps = periods(input);
  const builders = [volumeByPlatform, volumeByCategory, responseTime, responseTrend, approvals, redirects, emergency, agreement, topics, hashtags, articles];
  return { from: input.from, to: input.to, bucket: input.bucket, previous, charts: builders.map((b) => b(ps, cur, prev, input)) };
}

type Builder = (ps: Period[], cur: Counters, prev: Counters, input: ReportInput) => Chart;

const volumeByPlatform: Builder = (ps, cur, prev) => {
  const sum = (c: Counters) => ({ total: get(c, "in|n"), ...Object.fromEntries(PLATFORMS.map((p) => [p, get(c, `in|pl|${p}`)])) });
  return {
    id: "volume-by-platform",
    title: "Messages by platform",
    columns: [col("period"), ...PLATFORMS.map((p) => col(p, PLATFORM_LABEL[p] ?? p)), col("total")],
    rows: ps.map((p) => ({ period: p.label, ...sum(p.total) })),
    summary: { current: sum(cur), previous: sum(prev) },
  };
};

const volumeByCategory: Builder = (ps, cur, prev) => {
  const sum = (c: Counters) => ({ total: get(c, "in|n"), ...Object.fromEntries(CATEGORIES.map((k) => [k, get(c, `in|cat|${k}`)])), en: get(c, "in|lang|en"), es: get(c, "in|lang|es") });
  return {
    id: "volume-by-category",
    title: "Messages by category",
    columns: [col("period"), ...CATEGORIES.map((k) => col(k, categoryLabel(k))), col("total"), col("en", "english"), col("es", "spanish")],
    rows: ps.map((p) => ({ period: p.label, ...sum(p.total) })),
    summary: { current: sum(cur), previous: sum(prev) },
  };
};

function responseFigures(c: Counters, categories: readonly Category[]) {
  const h = categories.map((k) => histogramOf(c, `rt|${k}|`)).reduce(addHistograms);
  const answered = categories.reduce((n, k) => n + get(c, `rt|${k}|n`), 0);
  const within = categories.reduce((n, k) => n + get(c, `rt|${k}|in`), 0);
  const conversations = categories.reduce((n, k) => n + get(c, `cv|cat|${k}`), 0);
  return { conversations, answered, median_min: median(h), p90_min: p90(h), within_target_pct: pct(within, answered) };
}

const responseTime: Builder = (_ps, cur, prev, input) => {
  const rows = CATEGORIES.map((k) => {
    const now = responseFigures(cur, [k]);
    const before = responseFigures(prev, [k]);
    return { category: k, ...now, target_min: input.targets[k] ?? null, prev_median_min: before.median_min, prev_p90_min: before.p90_min, prev_within_target_pct: before.within_target_pct };
  });
  return {
    id: "response-time",
    title: "Response time by category (first message to first reply)",
    columns: [col("category"), col("conversations"), col("answered"), col("median_min", "median (min)"), col("p90_min", "p90 (min)"), col("target_min", "target (min)"), col("within_target_pct", "within target (%)"), col("prev_median_min", "previous median (min)"), col("prev_p90_min", "previous p90 (min)"), col("prev_within_target_pct", "previous within target (%)")],
    rows,
    summary: { current: responseFigures(cur, CATEGORIES), previous: responseFigures(prev, CATEGORIES) },
  };
};

const responseTrend: Builder = (ps, cur, prev) => ({
  id: "response-time-trend",
  title: "Response time over time (all categories, by arrival)",
  columns: [col("period"), col("conversations"), col("answered"), col("median_min", "median (min)"), col("p90_min", "p90 (min)"), col("within_target_pct", "within target (%)")],
  rows: ps.map((p) => ({ period: p.label, ...responseFigures(p.total, CATEGORIES) })),
  summary: { current: responseFigures(cur, CATEGORIES), previous: responseFigures(prev, CATEGORIES) },
});

function approvalFigures(c: Counters) {
  const decided = get(c, "ap|n");
  const h = histogramOf(c, "ap|");
  const edited = get(c, "ap|o|approved_with_edits");
  const rejected = get(c, "ap|o|rejected");
  return { decided, approved: get(c, "ap|o|approved"), approved_with_edits: edited, rejected, overrides: get(c, "ap|override"), median_turnaround_min: median(h), p90_turnaround_min: p90(h), edit_rate_pct: pct(edited, decided), reject_rate_pct: pct(rejected, decided) };
}

const approvals: Builder = (ps, cur, prev) => ({
  id: "approvals",
  title: "Approval turnaround and decisions",
  columns: [col("period"), col("decided"), col("approved"), col("approved_with_edits", "approved with edits"), col("rejected"), col("overrides"), col("median_turnaround_min", "median turnaround (min)"), col("p90_turnaround_min", "p90 turnaround (min)"), col("edit_rate_pct", "edit rate (%)"), col("reject_rate_pct", "reject rate (%)")],
  rows: ps.map((p) => ({ period: p.label, ...approvalFigures(p.total) })),
  summary: { current: approvalFigures(cur), previous: approvalFigures(prev) },
});

function redirectFigures(c: Counters) {
  const personal = get(c, "cv|cat|personal");
  const sent = get(c, "rd|sent");
  return { personal_conversations: personal, redirects_sent: sent, redirect_rate_pct: pct(sent, personal) };
}

const redirects: Builder = (ps, cur, prev) => ({
  id: "redirects",
  title: "Personal cases redirected to a private channel",
  columns: [col("period"), col("personal_conversations", "personal conversations"), col("redirects_sent", "redirects sent"), col("redirect_rate_pct", "redirect rate (%)")],
  rows: ps.map((p) => ({ period: p.label, ...redirectFigures(p.total) })),
  summary: { current: redirectFigures(cur), previous: redirectFigures(prev) },
});

const emergency: Builder = (ps, cur, prev) => {
  const figures = (c: Counters) => {
    const { conversations, answered, median_min, p90_min, within_target_pct } = responseFigures(c, ["urgent"]);
    return { urgent_conversations: conversations, answered, median_min, p90_min, within_target_pct };
  };
  return {
    id: "emergency",
    title: "Emergency handling time (arrival to emergency reply sent)",
    columns: [col("period"), col("urgent_conversations", "urgent conversations"), col("answered"), col("median_min", "median (min)"), col("p90_min", "p90 (min)"), col("within_target_pct", "within target (%)")],
    rows: ps.map((p) => ({ period: p.label, ...figures(p.total) })),
    summary: { current: figures(cur), previous: figures(prev) },
  };
};

function agreementFigures(c: Counters) {
  const n = get(c, "cv|n");
  const changed = get(c, "tri|changed");
  return { conversations: n, changed_by_staff: changed, agreement_pct: pct(n - changed, n) };
}

const agreement: Builder = (ps, cur, prev) => ({
  id: "agreement",
  title: "Staff agreement with the triage engine",
  columns: [col("period"), col("conversations"), col("changed_by_staff", "category changed by staff"), col("agreement_pct", "agreement (%)")],
  rows: ps.map((p) => ({ period: p.label, ...agreementFigures(p.total) })),
  summary: { current: agreementFigures(cur), previous: agreementFigures(prev) },
});

const TOP = 15;
function topList(id: ChartId, title: string, prefix: string, key: string, cur: Counters, prev: Counters, label?: (name: string) => Record<string, Cell>): Chart {
  const now = withPrefix(cur, prefix);
  const before = withPrefix(prev, prefix);
  const rows = [...now.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, TOP)
    .map(([name, n]) => ({ [key]: name, ...(label ? label(name) : {}), count: n, previous: before.get(name) ?? 0 }));
  const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  return {
    id,
    title,
    columns: [col(key), ...(label ? [col("title")] : []), col("count"), col("previous", "previous period")],
    rows,
    summary: { current: { distinct: now.size, total: total(now) }, previous: { distinct: before.size, total: total(before) } },
  };
}

const topics: Builder = (_ps, cur, prev) => topList("topics", "Top topics (messages naming each)", "tp|", "topic", cur, prev);
const hashtags: Builder = (_ps, cur, prev) => topList("hashtags", "Top hashtags", "ht|", "hashtag", cur, prev);
const articles: Builder = (_ps, cur, prev, input) =>
  topList("articles", "Articles linked in replies sent", "ar|", "article_id", cur, prev, (id) => ({ title: input.articleTitles.get(id) ?? "(deleted article)" }));
