/**
 * Runs the real `tandem` command (bin/tandem.mjs, i.e. the compiled build) as a separate process,
 * the way people run it, and reads what each output line cost from the process itself:
 * TANDEM_CPU_STAMPS=1 makes tandem write its CPU time so far after every stdout line (see
 * src/cli/cpu-stamps.ts), so the difference between two stamps is one answer's CPU time — exact to
 * the microsecond, and unaffected by the reader or by other programs sharing the machine.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');
export const BIN = join(ROOT, 'bin/tandem.mjs');
const USAGE_AT_EXIT = join(import.meta.dirname, 'usage-at-exit.mjs');

export interface LineCosts {
  lines: string[];
  /** CPU milliseconds per output line (the first one includes start-up). */
  cpuMs: number[];
  wallMs: number;
}

/** Only what tandem needs: no keys from the shell that runs the benchmark. */
function environment(cwd: string, extra: Record<string, string> = {}): Record<string, string> {
  return { PATH: process.env.PATH ?? '', HOME: cwd, TANDEM_CPU_STAMPS: '1', ...extra };
}

export async function runLines(args: string[], options: { cwd: string; stdin?: string }): Promise<LineCosts> {
  const started = performance.now();
  const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd, env: environment(options.cwd), stdio: ['pipe', 'pipe', 'pipe'] });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
  child.stdin.end(options.stdin ?? '');
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const wallMs = performance.now() - started;
  const stderr = Buffer.concat(err).toString('utf8');
  if (code !== 0) throw new Error(`tandem ${args.join(' ')} exited ${code}: ${stderr.slice(-500)}`);
  const stamps = stderr.split('\n').filter((line) => line.startsWith('cpu-us ')).map((line) => Number(line.slice(7)));
  const lines = Buffer.concat(out).toString('utf8').split('\n').filter((line) => line !== '');
  const cpuMs = stamps.map((stamp, index) => (stamp - (index === 0 ? 0 : stamps[index - 1]!)) / 1000);
  return { lines, cpuMs, wallMs };
}

export interface ProcessUsage {
  cpuMs: number;
  maxRssMb: number;
  wallMs: number;
}

/** One whole run of a command: its total CPU time and peak memory, reported by the process at exit. */
export async function runOnce(args: string[], cwd: string): Promise<ProcessUsage> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', USAGE_AT_EXIT, BIN, ...args], { cwd, env: environment(cwd), stdio: ['ignore', 'ignore', 'pipe'] });
  const err: Buffer[] = [];
  child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const wallMs = performance.now() - started;
  const report = /bench-usage cpu-us (\d+) max-rss-kb (\d+)/.exec(Buffer.concat(err).toString('utf8'));
  if (code !== 0 || !report) throw new Error(`tandem ${args.join(' ')} exited ${code}: ${Buffer.concat(err).toString('utf8').slice(-500)}`);
  return { cpuMs: Number(report[1]) / 1000, maxRssMb: Number(report[2]) / 1024, wallMs };
}

export function percentile(samples: readonly number[], share: number): number {
  const sorted = [...samples].sort((left, right) => left - right);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))] ?? Number.NaN;
}
