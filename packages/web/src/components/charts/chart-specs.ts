import type { ChartId } from "../../api/analytics";
import type { Unit } from "./format";

export type Kpi = { key: string; label: string; unit: Unit };

export type ChartShape =
  /** One bar stack per period, a segment per series. */
  | { kind: "stacked-bars"; series: string[] }
  /** Grouped bars per row of a category axis (`x`). */
  | { kind: "grouped-bars"; x: string; series: string[]; unit: Unit; target?: string }
  /** Lines over periods. */
  | { kind: "lines"; series: string[]; unit: Unit }
  /** A ranked list: horizontal bars for this period and the previous one. */
  | { kind: "ranking"; label: string };

export type ChartSpec = { description: string; kpis: Kpi[]; shape: ChartShape };

const platforms = ["x", "facebook", "instagram", "linkedin", "google_reviews", "blog", "web_form", "email", "sms"];
const categories = ["urgent", "personal", "education", "logistics", "feedback", "other"];

/** What each chart means (shown under its title) and which figures head it. */
export const CHART_SPECS: Record<ChartId, ChartSpec> = {
  "volume-by-platform": {
    description: "Messages that reached the practice, by the platform they came from, on the day they were sent.",
    kpis: [{ key: "total", label: "Messages", unit: "count" }],
    shape: { kind: "stacked-bars", series: platforms },
  },
  "volume-by-category": {
    description: "The same messages by the category triage gave them (including staff corrections), and by language.",
    kpis: [
      { key: "total", label: "Messages", unit: "count" },
      { key: "urgent", label: "Urgent", unit: "count" },
      { key: "es", label: "In Spanish", unit: "count" },
    ],
    shape: { kind: "stacked-bars", series: categories },
  },
  "response-time": {
    description: "From a conversation's first message to the practice's first reply, for conversations that arrived in the range: median and 90th percentile against each category's target, and the share answered within it.",
    kpis: [
      { key: "median_min", label: "Median", unit: "minutes" },
      { key: "p90_min", label: "90th percentile", unit: "minutes" },
      { key: "within_target_pct", label: "Within target", unit: "percent" },
    ],
    shape: { kind: "grouped-bars", x: "category", series: ["median_min", "p90_min"], unit: "minutes", target: "target_min" },
  },
  "response-time-trend": {
    description: "Response time of all categories over the range, by the day (or week) the conversation arrived.",
    kpis: [
      { key: "answered", label: "Answered", unit: "count" },
      { key: "within_target_pct", label: "Within target", unit: "percent" },
    ],
    shape: { kind: "lines", series: ["median_min", "p90_min"], unit: "minutes" },
  },
  approvals: {
    description: "Drafts decided by a physician (or an approver): time from submission to decision, and how often the approver edited or rejected the draft.",
    kpis: [
      { key: "median_turnaround_min", label: "Median turnaround", unit: "minutes" },
      { key: "edit_rate_pct", label: "Edited", unit: "percent" },
      { key: "reject_rate_pct", label: "Rejected", unit: "percent" },
    ],
    shape: { kind: "stacked-bars", series: ["approved", "approved_with_edits", "rejected"] },
  },
  redirects: {
    description: "Personal health questions asked in public that got the reply inviting the person to a private channel (phone, portal, booking).",
    kpis: [
      { key: "redirect_rate_pct", label: "Redirected", unit: "percent" },
      { key: "personal_conversations", label: "Personal cases", unit: "count" },
    ],
    shape: { kind: "grouped-bars", x: "period", series: ["personal_conversations", "redirects_sent"], unit: "count" },
  },
  emergency: {
    description: "Possible emergencies: time from arrival to the emergency reply being sent.",
    kpis: [
      { key: "urgent_conversations", label: "Urgent conversations", unit: "count" },
      { key: "median_min", label: "Median handling", unit: "minutes" },
      { key: "within_target_pct", label: "Within target", unit: "percent" },
    ],
    shape: { kind: "lines", series: ["median_min", "p90_min"], unit: "minutes" },
  },
  agreement: {
    description: "How often staff kept the category the triage engine chose; a change counts against agreement, a change put back does not.",
    kpis: [
      { key: "agreement_pct", label: "Agreement", unit: "percent" },
      { key: "changed_by_staff", label: "Changed by staff", unit: "count" },
    ],
    shape: { kind: "lines", series: ["agreement_pct"], unit: "percent" },
  },
  topics: {
    description: "What people ask about: the health topics named in inbound messages.",
    kpis: [{ key: "distinct", label: "Topics", unit: "count" }],
    shape: { kind: "ranking", label: "topic" },
  },
  hashtags: {
    description: "Hashtags used in inbound messages.",
    kpis: [{ key: "distinct", label: "Hashtags", unit: "count" }],
    shape: { kind: "ranking", label: "hashtag" },
  },
  articles: {
    description: "Knowledge-base articles linked in replies sent in the range.",
    kpis: [{ key: "total", label: "Links sent", unit: "count" }],
    shape: { kind: "ranking", label: "title" },
  },
};

/** Series colours: distinguishable, each at least 3:1 against white. */
export const SERIES_COLOURS = ["#0f5b57", "#1d4ed8", "#b45309", "#7c3aed", "#b91c1c", "#0e7490", "#4d7c0f", "#be185d", "#475569"];
