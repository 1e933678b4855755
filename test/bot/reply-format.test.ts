import { describe, expect, it } from 'vitest';
import { resolveCitations } from '../../src/bot/answer/citations.ts';
import { quotePassages } from '../../src/bot/answer/retrieval-only.ts';
import { formatUsdMicros, routeMarker } from '../../src/bot/format-reply.ts';
import type { RetrievedChunk } from '../../src/knowledge/types.ts';

const chunk = (chunkId: number, source: string, heading: string, text: string): RetrievedChunk => ({ chunkId, source, heading, title: source, text, score: 10 - chunkId });

describe('citations', () => {
  const chunks = [chunk(1, 'handbook/pto.md', 'Time Off > Vacation', 'You get 25 days.'), chunk(2, 'handbook/it.md', 'IT > VPN', 'Ask #it-help.')];

  it('keeps only citations that point at a real source', () => {
    const cited = resolveCitations('You get 25 days [1]. Ask IT [2] or see [7].', chunks);
    expect(cited.text).toBe('You get 25 days [1]. Ask IT [2] or see.');
    expect(cited.citations.map((citation) => citation.source)).toEqual(['handbook/pto.md', 'handbook/it.md']);
  });

  it('quotes the best passages when no model is available', () => {
    const quoted = quotePassages(chunks);
    expect(quoted.text).toContain('> You get 25 days. [1]');
    expect(quoted.citations).toHaveLength(2);
  });

  it('quotes a second passage only when it is nearly as relevant as the first', () => {
    const weak = { ...chunks[1]!, score: chunks[0]!.score * 0.6 };
    const quoted = quotePassages([chunks[0]!, weak]);
    expect(quoted.text).not.toContain('Ask #it-help.');
    expect(quoted.citations.map((citation) => citation.source)).toEqual(['handbook/pto.md']);
  });
});

describe('route markers', () => {
  it('leads escalated replies with reason, redaction counts, model and cost', () => {
    const marker = routeMarker({ route: 'cloud', reason: 'complexity 0.72 ≥ 0.60', redactions: [{ type: 'PERSON', count: 2 }, { type: 'EMAIL', count: 1 }], provider: 'openai', model: 'gpt-5.4', costUsdMicros: 4_210 });
    expect(marker).toEqual({ marker: '☁️ escalated: complexity 0.72 ≥ 0.60 · redacted 2 person, 1 email · openai/gpt-5.4 · $0.0042', placement: 'top' });
  });

  it('keeps local replies quiet and says when no model answered', () => {
    expect(routeMarker({ route: 'local', model: 'llama3.2' })).toEqual({ marker: '🏠 local · llama3.2', placement: 'bottom' });
    expect(routeMarker({ route: 'retrieval-only' }).marker).toBe('📚 from the knowledge base, no model available');
  });

  it('formats sub-cent and larger amounts readably', () => {
    expect(formatUsdMicros(1_234_567)).toBe('$1.23');
    expect(formatUsdMicros(420)).toBe('$0.0004');
    expect(formatUsdMicros(0)).toBe('$0.00');
  });
});
