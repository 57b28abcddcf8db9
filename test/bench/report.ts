/**
 * The printed table (Markdown, so the same text goes into docs/bench/latest.md), the machine it
 * ran on, and the JSON file of every figure.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { dirname } from "node:path";
import type { RowResult } from "./rows/row.ts";

export function machine() {
  const sh = (cmd: string, args: string[]) => spawnSync(cmd, args, { encoding: "utf8" }).stdout?.trim() ?? "";
  return {
    nproc: Number(sh("nproc", [])) || cpus().length,
    cpuModel: cpus()[0]?.model ?? "unknown",
    freeH: sh("free", ["-h"]),
    node: process.version,
    java: spawnSync("java", ["-version"], { encoding: "utf8" }).stderr?.split("\n")[0] ?? "",
    loadAverage: loadavg().map((v) => Number(v.toFixed(2))),
  };
}

const esc = (s: string) => s.replaceAll("|", "\\|");

export function markdownTable(rows: RowResult[]): string {
  const out = ["| what | measured | baseline (same run) | ratio | goal | verdict |", "|---|---|---|---|---|---|"];
  for (const r of rows) for (const l of r.lines) out.push(`| ${[l.what, l.measured, l.baseline, l.ratio, l.goal, l.verdict].map(esc).join(" | ")} |`);
  return out.join("\n");
}

export function notes(rows: RowResult[]): string[] {
  return rows.flatMap((r) => (r.notes ?? []).map((n) => `- ${r.row}: ${n}`));
}

export function markdownReport(rows: RowResult[], meta: { date: string; seconds: number; startLoad: number[]; m: ReturnType<typeof machine>; args: string }): string {
  return [
    "# Bedside bench: latest run",
    "",
    `Run ${meta.date} with \`npm run bench${meta.args ? ` -- ${meta.args}` : ""}\`, ${meta.seconds.toFixed(0)} s in all.`,
    "",
    markdownTable(rows),
    "",
    ...(notes(rows).length ? ["Notes:", "", ...notes(rows), ""] : []),
    "## Machine",
    "",
    `- \`nproc\`: ${meta.m.nproc} (${meta.m.cpuModel})`,
    `- node ${meta.m.node}; ${meta.m.java}`,
    `- load average at start ${meta.startLoad.join(", ")}, at end ${meta.m.loadAverage.join(", ")} (the machine is shared)`,
    "",
    "`free -h`:",
    "",
    "```",
    meta.m.freeH,
    "```",
    "",
    "What each row measures, and why a goal is missed: [README.md](../../README.md#benchmarks). Every figure: [latest.json](latest.json).",
    "",
  ].join("\n");
}

export function writeFile(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}
