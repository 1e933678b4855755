/**
 * Hybrid retrieval: BM25 (with synonyms) and, when chunks carry embeddings from the configured
 * model, vector KNN — fused with reciprocal rank fusion. Without an embedder, embeddings or a
 * reachable model it is BM25 alone, and says so (`mode`, `note`). Both searches apply the channel
 * restriction in SQL.
 */
import type Database from 'better-sqlite3';
import { accessParams, type AccessParams } from '../store/folder-access.ts';
import { normalize, type VectorIndex } from '../store/vector-index.ts';
import type { ChannelScope, KnowledgeEmbedder, RetrievalResult, RetrievedChunk, RetrieveOptions } from '../types.ts';
import { loadChunkDetails, type ChunkDetails } from './chunk-details.ts';
import { evidenceConfidence } from './confidence.ts';
import { conceptWeights, pageEvidence } from './evidence.ts';
import type { FtsSearch, RankedHit } from './fts-search.ts';
import { reciprocalRankFusion } from './fusion.ts';
import { analyzeQuery } from './query-terms.ts';
import { askAfterStory } from './ask-after-story.ts';
import { rankCandidates } from './candidate-ranking.ts';
import { EXACT_UP_TO, type PhraseCounts } from './phrase-statistics.ts';
import { questionTerms, type QuestionTerms } from './passage-terms.ts';
import { planQuery, type QueryPlan } from './query-plan.ts';
import { rescore } from './rescore.ts';
import { addRelatedWords, withoutRelatedWords } from './related-words.ts';
import { rankByEvidence, type Candidate, type RankedPassage } from './rerank.ts';
import { correctSpelling } from './spelling.ts';
import type { TermStatistics } from './term-statistics.ts';
import type { VectorHit, VectorSearch } from './vector-search.ts';

export interface RetrieverDeps {
  sqlite: Database.Database;
  fts: FtsSearch;
  vectors: VectorIndex;
  vectorSearch: VectorSearch;
  terms: TermStatistics;
  embedder: KnowledgeEmbedder | undefined;
  /** A question must not wait long on a slow embedding model: BM25 answers on its own. */
  queryEmbedTimeoutMs: number;
}

export const DEFAULT_LIMIT = 5;
/** Candidates whose evidence is weighed: enough for the right page to surface from BM25's top ranks. */
const RERANK_POOL = 30;
const MAX_LIMIT = 50;
/** Candidates the rare phrases bring for the full BM25 ranking: enough that the best by all words is among them. */
const RESCORE_POOL = 60;
/** Concepts read from a long message before the most informative are kept (query-plan.ts). */
const ANALYZED_CONCEPTS = 24;

/** Where in the whole message's ranking the question's own best page must stand to agree with it (first: tried 3, a generic question then vouched for a page by chance). */
const AGREEING_RANKS = 1;

export async function retrieve(deps: RetrieverDeps, query: string, scope: ChannelScope, options: RetrieveOptions = {}): Promise<RetrievalResult> {
  const whole = await retrieveFor(deps, query, scope, options);
  // A question told after a story (ask-after-story.ts): the page that answers it is found by the question's words.
  const ask = askAfterStory(query);
  if (ask === undefined) return whole;
  const asked = await retrieveFor(deps, ask, scope, options);
  // The whole message still ranks the pages (the story names the case); the question alone vouches for
  // the best of them when it finds the same page first. A question alone finds some page for its few
  // words ("what do we need in place first"): agreeing with the whole message is what makes it count.
  const agreed = asked.chunks[0] !== undefined && whole.chunks.slice(0, AGREEING_RANKS).some((chunk) => chunk.source === asked.chunks[0]!.source);
  return agreed && asked.confidence > whole.confidence ? { ...whole, confidence: asked.confidence } : whole;
}

async function retrieveFor(deps: RetrieverDeps, query: string, scope: ChannelScope, options: RetrieveOptions): Promise<RetrievalResult> {
  const limit = Math.min(MAX_LIMIT, Math.max(1, Math.floor(options.limit ?? DEFAULT_LIMIT)));
  const candidates = Math.max(limit * 4, RERANK_POOL);
  const access = accessParams(scope);
  // One read transaction for the lexical stage: every count and match comes from one state of the
  // index, and SQLite takes its read lock once rather than for each of the stage's ~100 statements.
  const stage = deps.sqlite.transaction(() => lexicalStage(deps, query, access, candidates))();
  if (stage === undefined) return { chunks: [], confidence: 0, mode: 'bm25' };
  const { plan, terms, lexical } = stage;
  const concepts = plan.concepts;
  const semantic = await semanticHits(deps, query, access, candidates);
  const pool = candidatePool(lexical.hits, semantic.hits);
  // The lexical stage already read its candidates' text: only vector-only hits are left to load.
  const details = withChunkDetails(deps.sqlite, lexical.details, pool.map((candidate) => candidate.chunkId));
  const weights = conceptWeights(deps.terms.frequencies(withoutRelatedWords(concepts), access), concepts);
  const ranked = rankByEvidence(concepts, weights, pool, details, terms);
  const best = ranked[0];
  const source = best ? details.get(best.chunkId)?.source : undefined;
  // The best passage's page as a whole: its title in one passage, the detail in another.
  const page = best ? pageEvidence(weights, ranked.filter((passage) => details.get(passage.chunkId)?.source === source).map((passage) => passage.evidence)) : undefined;
  const confidence = page ? evidenceConfidence(page, semantic.hits?.[0]?.similarity) : 0;
  return {
    chunks: ranked.slice(0, limit).flatMap((passage) => toRetrievedChunk(passage, details.get(passage.chunkId))),
    confidence: Math.round(confidence * 1000) / 1000,
    mode: semantic.hits ? 'hybrid' : 'bm25',
    ...(semantic.note ? { note: semantic.note } : {}),
  };
}

function lexicalStage(deps: RetrieverDeps, query: string, access: AccessParams, candidates: number): { plan: QueryPlan; terms: QuestionTerms; lexical: ReturnType<typeof lexicalCandidates> } | undefined {
  // Once per question: every count below is read against the index as it is now.
  deps.terms.refresh();
  // An empty index (a fresh install, `route` with no knowledge) has nothing to find: skip the analysis.
  if (deps.terms.isEmpty()) return undefined;
  const plan = planQuery(addRelatedWords(correctSpelling(analyzeQuery(query, undefined, ANALYZED_CONCEPTS), deps.terms, access), deps.terms, access), phraseCounts(deps));
  // Each candidate passage is read once for the question, by the BM25 rescoring and the evidence alike.
  const terms = questionTerms(plan);
  return { plan, terms, lexical: lexicalCandidates(deps, plan, access, candidates, terms) };
}

/**
 * Row counts for planning, with what the vocabulary already knows answered without FTS5: the
 * phrases it rules out, and a word's count where FTS5's would be exact too (beyond EXACT_UP_TO
 * planning uses FTS5's estimate, as before).
 */
function phraseCounts(deps: RetrieverDeps): PhraseCounts {
  const statistics = deps.fts.statistics;
  return {
    refresh: () => statistics.refresh(),
    rowsContaining: (phrase) => {
      if (deps.terms.lacksPhrase(phrase)) return 0;
      const known = deps.terms.vocabularyRows(phrase);
      if (known === undefined) return statistics.rowsContaining(phrase);
      return known <= EXACT_UP_TO ? known : statistics.rowsContainingMoreThanExact(phrase);
    },
  };
}

/**
 * Two-stage BM25 (query-plan.ts): the rare phrases, each once, find candidates in FTS5, ordered by
 * what their matches tell (candidate-ranking.ts); FTS5's BM25 formula over every phrase ranks the
 * best of them (rescore.ts), so common words never make FTS5 score every passage that contains them.
 */
function lexicalCandidates(deps: RetrieverDeps, plan: QueryPlan, access: AccessParams, candidates: number, terms: QuestionTerms): { hits: RankedHit[]; details: Map<number, ChunkDetails> } {
  if (!plan.candidateMatch) return { hits: [], details: new Map() };
  // When FTS5 saw every phrase, its order differs from the final one only by the own-word weight.
  const wanted = plan.complete ? candidates : Math.max(candidates, RESCORE_POOL);
  // Ranking picks which matches to keep; when all of them fit (a small index), the pick is all of them.
  const everyFolderVisible = deps.terms.seesEverything(access);
  const all = plan.leastMatches <= wanted ? deps.fts.allMatches(plan.candidateMatch, access, wanted, everyFolderVisible) : undefined;
  const ids = all ?? rankCandidates(deps.fts, { parts: plan.candidateParts, weights: deps.fts.weights, averageLength: plan.totals.averageLength, access, everyFolderVisible }, wanted);
  const details = loadChunkDetails(deps.sqlite, ids);
  return { hits: rescore([...details.values()], plan, deps.fts.weights, terms).slice(0, candidates), details };
}

/** `known` plus the details of the ids it lacks. */
function withChunkDetails(sqlite: RetrieverDeps['sqlite'], known: Map<number, ChunkDetails>, chunkIds: readonly number[]): Map<number, ChunkDetails> {
  const missing = chunkIds.filter((chunkId) => !known.has(chunkId));
  if (missing.length === 0) return known;
  return new Map([...known, ...loadChunkDetails(sqlite, missing)]);
}

/** Candidates from both searches in their fused order, with the vector similarity where known. */
function candidatePool(lexical: readonly RankedHit[], vector: readonly VectorHit[] | undefined): Candidate[] {
  const similarity = new Map((vector ?? []).map((hit) => [hit.chunkId, hit.similarity]));
  const bm25 = new Map(lexical.map((hit) => [hit.chunkId, hit.score]));
  const lexicalIds = lexical.map((hit) => hit.chunkId);
  const fused = vector ? reciprocalRankFusion([lexicalIds, vector.map((hit) => hit.chunkId)]).map((hit) => hit.chunkId) : lexicalIds;
  return fused.slice(0, RERANK_POOL).map((chunkId, fusedRank) => {
    const known = similarity.get(chunkId);
    const score = bm25.get(chunkId);
    return { chunkId, fusedRank, ...(known !== undefined ? { similarity: known } : {}), ...(score !== undefined ? { bm25: score } : {}) };
  });
}

function toRetrievedChunk(passage: RankedPassage, details: ChunkDetails | undefined): RetrievedChunk[] {
  if (!details) return [];
  const { chunkId, source, heading, title, text, link } = details;
  return [{ chunkId, source, heading, title, text, score: passage.score, ...(link ? { link } : {}) }];
}

/** Vector hits when hybrid retrieval is possible for this query; otherwise why not (or nothing to say). */
async function semanticHits(deps: RetrieverDeps, query: string, access: AccessParams, candidates: number): Promise<{ hits?: VectorHit[]; note?: string }> {
  const embedder = deps.embedder;
  // Without an embedder there is nothing to ask the index about (reading its vector space is two queries).
  if (!embedder?.embed) return {};
  const space = deps.vectors.space();
  if (!space || space.model !== embedder.embedModel || query.trim() === '') return {};
  try {
    const result = await embedder.embed([query], { model: embedder.embedModel, signal: AbortSignal.timeout(deps.queryEmbedTimeoutMs) });
    const vector = result.embeddings[0];
    if (!vector || vector.length !== space.dimension) return { note: `query embedding had ${vector?.length ?? 0} dimensions, the index ${space.dimension}: BM25 only` };
    return { hits: deps.vectorSearch.search(normalize(vector).unit, space.model, access, candidates) };
  } catch (error) {
    return { note: `query embedding failed (${error instanceof Error ? error.message : String(error)}): BM25 only` };
  }
}
