/** Runs the real `tandem` CLI in-process with captured streams, as an operator would run it. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { runCli } from '../../src/cli/main.ts';
import { makeTempDir } from './temp-dirs.ts';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export function tempWorkspace(configYaml?: string): string {
  const dir = makeTempDir('tandem-test-');
  if (configYaml !== undefined) writeFileSync(join(dir, 'tandem.config.yaml'), configYaml);
  return dir;
}

/** The three standard streams of an in-process CLI run, with what it wrote so far. */
export function capturedStreams() {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const written = { out: '', err: '' };
  stdout.on('data', (chunk: Buffer) => (written.out += chunk.toString()));
  stderr.on('data', (chunk: Buffer) => (written.err += chunk.toString()));
  return { stdin, stdout, stderr, written };
}

export async function runTandem(args: string[], options: { cwd: string; environment?: Record<string, string>; stdin?: string }): Promise<CliRun> {
  const { stdin, stdout, stderr, written } = capturedStreams();
  stdin.end(options.stdin ?? '');
  const code = await runCli(args, {
    stdin,
    stdout,
    stderr,
    environment: { TANDEM_DB: join(options.cwd, 'tandem.db'), ...options.environment },
    cwd: options.cwd,
    // The shell ends when stdin ends; platform adapters are not started in these tests.
    shutdownSignal: new Promise(() => undefined),
  });
  return { code, stdout: written.out, stderr: written.err };
}

/** An address where nothing listens, for "Ollama is down" tests. */
export const CLOSED_PORT_URL = 'http://127.0.0.1:9';
