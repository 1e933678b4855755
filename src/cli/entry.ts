/** Process glue: the only place that touches process.* for the CLI. */
import { runCli } from './main.ts';
import { withCpuStamps } from './cpu-stamps.ts';

export async function main(): Promise<void> {
  const shutdownSignal = new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
  const code = await runCli(process.argv.slice(2), {
    stdin: process.stdin,
    stdout: process.env.TANDEM_CPU_STAMPS === '1' ? withCpuStamps(process.stdout, process.stderr, () => process.cpuUsage()) : process.stdout,
    stderr: process.stderr,
    environment: process.env,
    cwd: process.cwd(),
    shutdownSignal,
  });
  process.exitCode = code;
  // Open handles (SDK keep-alive sockets, timers) must not keep a finished command alive; flush first.
  process.stdout.write('', () => process.exit(code));
}
