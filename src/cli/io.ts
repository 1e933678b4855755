/** What a CLI command may touch, injected so tests can run commands in-process. */
import type { Readable, Writable } from 'node:stream';

export interface CliIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  environment: Record<string, string | undefined>;
  cwd: string;
  /** Resolves when the process is asked to stop (SIGINT/SIGTERM); never resolves in tests unless told. */
  shutdownSignal: Promise<void>;
}

export function writeLine(stream: Writable, line: string): void {
  stream.write(`${line}\n`);
}

/** Reads stdin to the end — for `-` arguments. */
export async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
