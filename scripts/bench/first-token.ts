/**
 * Time to the first visible words in Slack: tandem (real Bolt, real core) against the fake Slack,
 * with a fake local model that writes one word every 50 ms — a CPU-bound model's pace.
 *
 *   npx tsx scripts/bench/first-token.ts [--runs 5] [--token-ms 50]
 *
 * Prints, per run, the milliseconds from sending the mention to the first chat.startStream /
 * chat.appendStream that carried text, and to the finished reply.
 */
import { parseArgs } from 'node:util';
import { startWorld } from '../../test/support/e2e-world.ts';
import { mention, startSlackTandem } from '../../test/support/slack-tandem.ts';

const ANSWER = Array.from({ length: 4 }, (_, index) => `Point ${index + 1}: vacation days accrue monthly and are requested in the HR portal [1].`).join(' ');
const STREAM_METHODS = new Set(['chat.startStream', 'chat.appendStream']);

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' }, 'token-ms': { type: 'string', default: '50' } } });
  const world = await startWorld({ cloud: false, ollamaReply: { text: ANSWER } });
  world.ollama!.tokenDelayMs = Number(values['token-ms']);
  const slack = await startSlackTandem(world);
  try {
    for (let run = 0; run < Number(values.runs); run += 1) {
      const before = slack.fake.calls.length;
      const sentAt = Date.now();
      await slack.sendEvent(mention({ ts: `${1760008000 + run}.000100`, text: 'how many vacation days do I get?' }));
      const first = slack.fake.calls.slice(before).find((call) => STREAM_METHODS.has(call.method) && Array.isArray(call.args.chunks) && call.args.chunks.length > 0);
      console.log(`run ${run + 1}: first visible text ${first ? `${first.at - sentAt} ms` : 'never'}, finished reply ${Date.now() - sentAt} ms`);
    }
  } finally {
    await slack.stop();
    await world.close();
  }
}

await main();
