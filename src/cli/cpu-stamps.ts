/**
 * `TANDEM_CPU_STAMPS=1`: after every line tandem writes to stdout, one line `cpu-us <n>` on stderr,
 * n being the process's CPU time so far (user + system, microseconds). The difference between two
 * stamps is exactly what one answer cost the process — measured by the process itself, so neither
 * the reader's delay nor other programs on the machine count. `npm run bench` reads them.
 */
import { Writable } from 'node:stream';

export function withCpuStamps(stdout: Writable, stderr: Writable, cpuUsage: () => { user: number; system: number }): Writable {
  return new Writable({
    write(chunk: Buffer | string, encoding, callback) {
      const text = typeof chunk === 'string' ? chunk : chunk.toString('utf8');
      const lines = text.split('\n').length - 1;
      // Read now, not in the write's callback: by then the next answer may already be under way.
      const { user, system } = cpuUsage();
      // Handed on at once, so nothing waits in this stream when the command ends and the process exits.
      stdout.write(chunk, encoding);
      if (lines > 0) stderr.write(`cpu-us ${user + system}\n`.repeat(lines));
      callback();
    },
  });
}
