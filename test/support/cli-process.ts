/**
 * Runs a long-lived `tandem` command (`tandem start`) in-process with captured streams, and stops it
 * the way SIGTERM does: by resolving the shutdown signal the CLI waits on.
 */
import { createServer } from 'node:net';
import { runCli } from '../../src/cli/main.ts';
import { capturedStreams, type CliRun } from './cli-harness.ts';

export interface RunningCli {
  stdout(): string;
  stderr(): string;
  /** Resolves the shutdown signal and waits for the command to finish. */
  stop(): Promise<CliRun>;
  /** Settles if the command ends on its own (e.g. a start-up failure). */
  done: Promise<CliRun>;
}

export function startTandem(args: string[], options: { cwd: string; environment: Record<string, string> }): RunningCli {
  const { stdin, stdout, stderr, written } = capturedStreams();
  let shutdown = () => {};
  const shutdownSignal = new Promise<void>((resolve) => {
    shutdown = resolve;
  });
  const done = runCli(args, { stdin, stdout, stderr, environment: options.environment, cwd: options.cwd, shutdownSignal }).then((code) => ({ code, stdout: written.out, stderr: written.err }));
  return {
    stdout: () => written.out,
    stderr: () => written.err,
    done,
    async stop() {
      shutdown();
      stdin.end();
      return done;
    },
  };
}

/**
 * A TCP port free right now on 127.0.0.1 (for `slack.port`, which cannot be 0). It is taken from below
 * Linux's ephemeral range (32768–60999): a port the OS hands out for `listen(0)` is released here and
 * bound again by tandem later, and in between another test's fake server or outgoing connection could
 * be given the same port by the OS (a crash test failed with EADDRINUSE that way). Below the range only
 * another explicit choice can collide, one in twelve thousand.
 */
export async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const port = 20_000 + Math.floor(Math.random() * 12_000);
    if (await isFree(port)) return port;
  }
  throw new Error('no free port below the ephemeral range after 20 tries');
}

async function isFree(port: number): Promise<boolean> {
  const server = createServer();
  const bound = await new Promise<boolean>((resolve) => {
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => resolve(true));
  });
  if (bound) await new Promise<void>((resolve) => server.close(() => resolve()));
  return bound;
}
