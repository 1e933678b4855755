/**
 * Where `tandem route`'s time per message goes: the same 2 kB chat messages as `npm run bench`, the
 * stages of the route dry run timed one by one in this process (CPU time, process.cpuUsage), on an
 * empty knowledge base and on the sample handbook. It splits the route tail into the privacy guard
 * and everything else (retrieval, the request-kind classifier, the decision).
 *
 *   npx tsx scripts/bench/route-stages.ts [--messages 300]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { composeTandem, type Tandem } from '../../src/app/compose.ts';
import { prepareIndexForQuestions } from '../../src/app/knowledge-upkeep.ts';
import { loadConfig } from '../../src/config/load.ts';
import { createLogger } from '../../src/logger.ts';
import { assessRequest } from '../../src/router/request-kind/assess-request.ts';
import { pseudonymizeForCloud } from '../../src/router/cloud-escalation.ts';
import { warmGuard } from '../../src/router/privacy/index.ts';
import { percentile } from './cli-process.ts';
import { chatMessages } from './messages.ts';

const WARM_UP = 20;
const STAGES = ['retrieval', 'classifier', 'guard'] as const;
type Stage = (typeof STAGES)[number];

const { values } = parseArgs({ options: { messages: { type: 'string', default: '300' } } });

function cpuMicros(): number {
  const { user, system } = process.cpuUsage();
  return user + system;
}

async function composeFor(knowledge: 'empty' | 'sample handbook', folder: string): Promise<Tandem> {
  const environment = { TANDEM_DB: join(folder, 'tandem.db'), OLLAMA_HOST: 'http://127.0.0.1:9' };
  const { config } = loadConfig({ environment, cwd: folder });
  const tandem = await composeTandem({
    config: { ...config, knowledge: { ...config.knowledge, includeSample: knowledge === 'sample handbook' } },
    logger: createLogger({ level: 'warn', write: () => undefined }),
    baseDir: folder,
  });
  await prepareIndexForQuestions(tandem, { channelId: 'cli', channelName: 'cli', isDirect: false });
  return tandem;
}

/** CPU milliseconds per stage per message; the first WARM_UP messages are run and not counted. */
async function measure(tandem: Tandem, messages: readonly string[]): Promise<Record<Stage | 'total', number[]>> {
  const costs: Record<Stage | 'total', number[]> = { retrieval: [], classifier: [], guard: [], total: [] };
  const scope = { channelId: 'cli', channelName: 'cli', isDirect: false };
  const line = tandem.config.routing.minRetrievalConfidence;
  for (const [index, text] of [...messages.slice(0, WARM_UP), ...messages].entries()) {
    const started = cpuMicros();
    const retrieval = await tandem.services.knowledge.retrieve(text, scope, { limit: tandem.config.knowledge.maxResults });
    const retrieved = cpuMicros();
    assessRequest(text, { confidence: retrieval.confidence, line });
    const assessed = cpuMicros();
    pseudonymizeForCloud([{ role: 'user', content: text }], []);
    const guarded = cpuMicros();
    if (index < WARM_UP) continue;
    costs.retrieval.push((retrieved - started) / 1000);
    costs.classifier.push((assessed - retrieved) / 1000);
    costs.guard.push((guarded - assessed) / 1000);
    costs.total.push((guarded - started) / 1000);
  }
  return costs;
}

const ms = (value: number) => value.toFixed(2);

async function main(): Promise<void> {
  const messages = chatMessages(Number.parseInt(values.messages, 10), 1_900, 2_048, 21);
  warmGuard();
  console.log('| knowledge | stage | p50 ms | p99 ms | share of the summed CPU |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const knowledge of ['empty', 'sample handbook'] as const) {
    const folder = mkdtempSync(join(tmpdir(), 'tandem-route-stages-'));
    const tandem = await composeFor(knowledge, folder);
    try {
      const costs = await measure(tandem, messages);
      const sum = costs.total.reduce((total, value) => total + value, 0);
      for (const stage of [...STAGES, 'total'] as const) {
        const share = costs[stage].reduce((total, value) => total + value, 0) / sum;
        console.log(`| ${knowledge} | ${stage} | ${ms(percentile(costs[stage], 0.5))} | ${ms(percentile(costs[stage], 0.99))} | ${(share * 100).toFixed(0)} % |`);
      }
    } finally {
      tandem.close();
      rmSync(folder, { recursive: true, force: true });
    }
  }
}

await main();
