/**
 * How `tandem route`'s per-message tail changes as one process warms: 1,200 distinct 2 kB chat
 * messages through one `route --json -` process (empty knowledge base, then the sample handbook,
 * as `npm run bench` sets them up), p50 / p99 CPU per message for successive 300-message windows.
 *
 *   npx tsx scripts/bench/route-warming.ts      (run `npm run bench` once first: it writes the folders)
 */
import { join } from 'node:path';
import { percentile, runLines } from './cli-process.ts';
import { chatMessages } from './messages.ts';

const WORKSPACE = join(import.meta.dirname, '../../.tandem-bench');
const WINDOWS = [[20, 320], [320, 620], [620, 920], [920, 1220]] as const;

const messages = chatMessages(1_220, 1_900, 2_048, 77);
console.log('| knowledge | messages | p50 ms CPU | p99 ms CPU |');
console.log('| --- | --- | --- | --- |');
for (const [knowledge, folder] of [['empty', 'route-empty'], ['sample handbook', 'route-handbook']] as const) {
  const run = await runLines(['route', '--json', '-'], { cwd: join(WORKSPACE, folder), stdin: `${messages.join('\n')}\n` });
  for (const [from, to] of WINDOWS) {
    const window = run.cpuMs.slice(from, to);
    console.log(`| ${knowledge} | ${from + 1}–${to} | ${percentile(window, 0.5).toFixed(2)} | ${percentile(window, 0.99).toFixed(2)} |`);
  }
}
