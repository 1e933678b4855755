/**
 * Routing overhead without the local-model call: assessing the request (kind, difficulty), the
 * local token count and the route decision, per message of scripts/eval/routing-labelled.jsonl
 * (retrieval and the privacy guard are measured by their own benchmarks). Target: p99 < 2 ms.
 *
 *   npx tsx scripts/bench/routing-decision.ts [--rounds 20]
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { promptTokensWithin } from '../../src/router/count-tokens.ts';
import { decideRoute, type RoutePolicy } from '../../src/router/decide-route.ts';
import { assessRequest } from '../../src/router/request-kind/assess-request.ts';
import { DEFAULT_OUTPUT_RESERVE, usableTokens } from '../../src/router/output-reserve.ts';

const POLICY: RoutePolicy = { difficultyThreshold: 0.6, minRetrievalConfidence: 0.35, cascade: true, outputReserve: DEFAULT_OUTPUT_RESERVE };
const LABELLED = fileURLToPath(new URL('../eval/routing-labelled.jsonl', import.meta.url));

function routeOnce(text: string): void {
  decideRoute(
    {
      task: 'ask',
      flags: { cloud: false, local: false },
      channelPolicy: 'open',
      local: { available: true, detail: 'ok', contextWindow: 8192, tier: 'small', tierSource: '3.2B parameters' },
      cloud: { configured: true, available: true, detail: 'ok' },
      promptTokens: promptTokensWithin([{ role: 'user', content: text }], usableTokens(8192, POLICY.outputReserve)),
      request: assessRequest(text, { confidence: 0.5, line: 0.35 }),
      retrievalConfidence: 0.5,
      budget: { monthExceeded: false, userExceeded: false },
    },
    POLICY,
  );
}

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '20' } } });
const texts = readFileSync(LABELLED, 'utf8').split('\n').filter(Boolean).map((line) => (JSON.parse(line) as { text: string }).text);
for (const text of texts) routeOnce(text);
const latencies: number[] = [];
for (let round = 0; round < Number(values.rounds); round++) {
  for (const text of texts) {
    const start = performance.now();
    routeOnce(text);
    latencies.push(performance.now() - start);
  }
}
latencies.sort((a, b) => a - b);
const at = (share: number) => latencies[Math.min(latencies.length - 1, Math.floor(share * latencies.length))]!;
console.log(`Routing decision per message (assess + token count + decideRoute), ${latencies.length} decisions over ${texts.length} labelled messages: p50 ${at(0.5).toFixed(3)} ms, p99 ${at(0.99).toFixed(3)} ms, max ${at(1).toFixed(3)} ms (target p99 < 2 ms)`);
