/**
 * Items per second of a pure function on one core. CPU time of this (single-threaded) process
 * is the measure, because on a shared machine wall time also counts the neighbours; wall time is
 * reported beside it. Bounded by repetitions and by seconds.
 */
import { now } from "../measure.ts";

export interface CpuRate {
  count: number;
  wallSeconds: number;
  cpuSeconds: number;
  perCpuSecond: number;
  perWallSecond: number;
}

export function measureCpuRate<T>(inputs: T[], fn: (input: T) => unknown, options: { maxRounds: number; maxSeconds: number }): CpuRate {
  for (const input of inputs) fn(input); // warm-up: let the JIT compile the hot paths
  const deadline = now() + options.maxSeconds * 1000;
  const cpu0 = process.cpuUsage();
  const t0 = now();
  let count = 0;
  for (let round = 0; round < options.maxRounds && now() < deadline; round++) {
    for (const input of inputs) fn(input);
    count += inputs.length;
  }
  const wallSeconds = (now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return { count, wallSeconds, cpuSeconds, perCpuSecond: count / cpuSeconds, perWallSecond: count / wallSeconds };
}
