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
import { combinedConfidence, foundConcepts, lexicalConfidence, PRESENCE_CANDIDATES, vectorConfidence } from './confidence.ts';
import { toMatchExpression } from './fts-query.ts';
import type { FtsSearch, RankedHit } from './fts-search.ts';
import { reciprocalRankFusion } from './fusion.ts';
import { analyzeQuery, type QueryConcept } from './query-terms.ts';
import type { VectorHit, VectorSearch } from './vector-search.ts';

export interface RetrieverDeps {
  sqlite: Database.Database;
  fts: FtsSearch;
  vectors: VectorIndex;
  vectorSearch: VectorSearch;
  embedder: KnowledgeEmbedder | undefined;
  /** A question must not wait long on a slow embedding model: BM25 answers on its own. */
  queryEmbedTimeoutMs: number;
}

export const DEFAULT_LIMIT = 5;
const MAX_LIMIT = 50;

export async function retrieve(deps: RetrieverDeps, query: string, scope: ChannelScope, options: RetrieveOptions = {}): Promise<RetrievalResult> {
  const limit = Math.min(MAX_LIMIT, Math.max(1, Math.floor(options.limit ?? DEFAULT_LIMIT)));
  const candidates = Math.max(limit * 4, 20);
  const concepts = analyzeQuery(query);
  const access = accessParams(scope);
  const lexical = lexicalRanking(deps, concepts, access, candidates, Math.max(limit, PRESENCE_CANDIDATES));
  const semantic = await semanticHits(deps, query, access, candidates);
  const ranked = semantic.hits
    ? reciprocalRankFusion([lexical.hits.map((hit) => hit.chunkId), semantic.hits.map((hit) => hit.chunkId)])
    : lexical.hits;
  const top = ranked.slice(0, limit);
  const missing = top.map((hit) => hit.chunkId).filter((id) => !lexical.details.has(id));
  const details = new Map([...lexical.details, ...loadChunkDetails(deps.sqlite, missing)]);
  const lexicalScore = lexicalConfidence(concepts.length, lexical.found);
  const confidence = semantic.hits ? combinedConfidence(lexicalScore, vectorConfidence(semantic.hits[0]?.similarity)) : lexicalScore;
  return {
    chunks: top.flatMap((hit) => toRetrievedChunk(hit, details.get(hit.chunkId))),
    confidence: Math.round(confidence * 1000) / 1000,
    mode: semantic.hits ? 'hybrid' : 'bm25',
    ...(semantic.note ? { note: semantic.note } : {}),
  };
}

/** BM25 candidates; for the best `inspect` of them, their details and the query concepts each contains. */
function lexicalRanking(deps: RetrieverDeps, concepts: QueryConcept[], access: AccessParams, candidates: number, inspect: number) {
  const match = toMatchExpression(concepts);
  const hits = match ? deps.fts.search(match, access, candidates) : [];
  const inspected = hits.slice(0, inspect);
  const details = loadChunkDetails(deps.sqlite, inspected.map((hit) => hit.chunkId));
  const found = inspected.map((hit) => {
    const chunk = details.get(hit.chunkId);
    return foundConcepts(concepts, chunk ? `${chunk.heading}\n${chunk.text}` : '');
  });
  return { hits, details, found };
}

function toRetrievedChunk(hit: RankedHit, details: ChunkDetails | undefined): RetrievedChunk[] {
  if (!details) return [];
  const { chunkId, source, heading, title, text, link } = details;
  return [{ chunkId, source, heading, title, text, score: hit.score, ...(link ? { link } : {}) }];
}

/** Vector hits when hybrid retrieval is possible for this query; otherwise why not (or nothing to say). */
async function semanticHits(deps: RetrieverDeps, query: string, access: AccessParams, candidates: number): Promise<{ hits?: VectorHit[]; note?: string }> {
  const embedder = deps.embedder;
  const space = deps.vectors.space();
  if (!embedder?.embed || !space || space.model !== embedder.embedModel || query.trim() === '') return {};
  try {
    const result = await embedder.embed([query], { model: embedder.embedModel, signal: AbortSignal.timeout(deps.queryEmbedTimeoutMs) });
    const vector = result.embeddings[0];
    if (!vector || vector.length !== space.dimension) return { note: `query embedding had ${vector?.length ?? 0} dimensions, the index ${space.dimension}: BM25 only` };
    return { hits: deps.vectorSearch.search(normalize(vector).unit, space.model, access, candidates) };
  } catch (error) {
    return { note: `query embedding failed (${error instanceof Error ? error.message : String(error)}): BM25 only` };
  }
}
