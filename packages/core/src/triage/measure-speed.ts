/**
 * tsx packages/core/src/triage/measure-speed.ts [repeat]
 * Prints messages/second for triageMessage over the labelled corpora on one
 * core. A measurement to read, not a test: timing assertions flake in CI.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseLabelledRows } from "./labelled-row.ts";
import { triageMessage } from "./triage-message.ts";

const dir = join(fileURLToPath(new URL(".", import.meta.url)), "corpus");
const texts = readdirSync(dir)
  .filter((f) => f.endsWith(".jsonl"))
  .flatMap((f) => parseLabelledRows(readFileSync(join(dir, f), "utf8")).map((r) => r.text));
const repeat = Number(process.argv[2] ?? 40);

for (const text of texts) triageMessage({ text }); // warm-up, so the JIT has compiled the hot paths
const started = process.hrtime.bigint();
const cpuStarted = process.cpuUsage();
for (let i = 0; i < repeat; i++) for (const text of texts) triageMessage({ text });
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const cpu = process.cpuUsage(cpuStarted);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const count = repeat * texts.length;
// CPU time is reported too: on a busy machine wall time measures the neighbours, not the engine.
console.log(
  `${count} messages: wall ${seconds.toFixed(2)} s (${Math.round(count / seconds)}/s), ` +
    `cpu ${cpuSeconds.toFixed(2)} s (${Math.round(count / cpuSeconds)}/s on one core)`,
);
