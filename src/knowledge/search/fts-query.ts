/**
 * Builds the FTS5 MATCH expression from query concepts. Every word goes in double quotes, so
 * nothing a person types — quotes, AND/OR/NOT/NEAR, `*`, `^`, parentheses, column filters,
 * emoji — can change the query's syntax; concepts are OR-ed and BM25 does the ranking.
 *
 * FTS5 has no per-term boosts, but bm25() sums over the query's phrases, so the person's own words
 * are listed twice: they weigh double against their synonyms, and a concept with many synonyms
 * cannot drown the rarer words of the question.
 */
import type { QueryConcept } from './query-terms.ts';
import type { Phrase } from './synonyms.ts';

export function toMatchExpression(concepts: readonly QueryConcept[]): string | undefined {
  const parts = concepts.map((concept) => {
    const [own, ...synonyms] = concept.phrases.filter((phrase) => phrase.words.length > 0).map(quotePhrase);
    if (own === undefined) return undefined;
    const alternatives = [own, own, ...synonyms];
    return `(${alternatives.join(' OR ')})`;
  });
  const usable = parts.filter((part): part is string => part !== undefined);
  return usable.length === 0 ? undefined : usable.join(' OR ');
}

function quotePhrase(phrase: Phrase): string {
  return `"${phrase.words.join(' ').replace(/"/g, '""')}"`;
}
