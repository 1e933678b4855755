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

/** A TCP port free right now on 127.0.0.1 (for `slack.port`, which cannot be 0). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}
