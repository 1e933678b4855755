/**
 * `tandem start` as a real child process (bin/tandem.mjs), so a test can kill it the honest way —
 * SIGKILL, no shutdown code runs — and start it again on the same database.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/tandem.mjs', import.meta.url));

export interface TandemProcess {
  stderr(): string;
  /** Resolves once stderr contains `text`; rejects if the process exits first or time runs out. */
  waitFor(text: string, timeoutMs?: number): Promise<void>;
  kill(): Promise<void>;
  /** SIGTERM, as an operator stops it; resolves with the exit code. */
  stop(): Promise<number | null>;
}

export function spawnTandem(args: string[], options: { cwd: string; environment: Record<string, string> }): TandemProcess {
  const child: ChildProcess = spawn(process.execPath, [BIN, ...args], {
    cwd: options.cwd,
    env: { PATH: process.env.PATH ?? '', ...options.environment },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let hasExited = false;
  void exited.then(() => (hasExited = true));
  return {
    stderr: () => stderr,
    async waitFor(text, timeoutMs = 20_000) {
      const deadline = performance.now() + timeoutMs;
      while (!stderr.includes(text)) {
        if (hasExited) throw new Error(`tandem exited before "${text}":\n${stderr}`);
        if (performance.now() > deadline) throw new Error(`timed out waiting for "${text}":\n${stderr}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    async kill() {
      if (!hasExited) child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (!hasExited) child.kill('SIGTERM');
      return exited;
    },
  };
}
