/**
 * How well the last turn of a conversation finds its handbook page when no local model can rewrite it
 * (the follow-up heuristic of src/bot/conversation: the earlier question's topic words are carried
 * into the search only when the message leans on the conversation).
 *
 *   npm run eval:followups                # the dev set, with the misses
 *   npm run eval:followups -- --set held  # the held-back third (score it once, at the end)
 *   npm run eval:followups -- --set all --json
 *
 * Data: scripts/eval/followups.jsonl — short conversations (2–4 turns) on the sample handbook, each
 * labelled with the page the last turn's answer lives on, and a class: `pronoun` / `ellipsis`
 * follow-ups that need the turn before, `switch` / `switch-pointing` new topics (the latter opening
 * with "and…", "also…", "what about…") that must not drag the old topic in, `restated` follow-ups
 * that name their topic, `switch-short` new topics named in a word or two ("whats the wifi?"), and
 * `small-talk` after an answer ("thanks!"), which has no page (`"expected": null`) and is scored by
 * whether it was searched as typed, with nothing carried in. Every third conversation of each class
 * is held back. Reports recall@1 and @3 of the searched text against the message searched alone.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openDatabase } from '../../db/client.ts';
import { carryTerms } from '../../src/bot/conversation/standalone-question.ts';
import type { ConversationTurn } from '../../src/bot/conversation/turns.ts';
import { KnowledgeBase, type RetrievalResult } from '../../src/knowledge/index.ts';

interface Conversation {
  id: string;
  set: 'dev' | 'held';
  class: string;
  /** The page the answer lives on; null for small talk, which has none. */
  expected: string | null;
  turns: ConversationTurn[];
}

interface Scored {
  conversation: Conversation;
  searched: string;
  carriedRank: number | undefined;
  aloneRank: number | undefined;
  /** Nothing of the conversation was carried into the search. */
  asTyped: boolean;
}

const HANDBOOK = fileURLToPath(new URL('../../knowledge/sample-handbook', import.meta.url));
const DATA = fileURLToPath(new URL('./followups.jsonl', import.meta.url));
const SOURCE_NAME = 'handbook';
const SCOPE = { channelId: 'C-EVAL', channelName: 'eval', isDirect: false };

function loadConversations(path: string): Conversation[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      const record = JSON.parse(line) as Partial<Conversation>;
      const turns = record.turns ?? [];
      if ((typeof record.expected !== 'string' && record.expected !== null) || (record.set !== 'dev' && record.set !== 'held') || turns.length < 2 || turns.at(-1)?.role !== 'user') {
        throw new Error(`${path}:${index + 1}: expected {"set": "dev"|"held", "class", "expected": page, "turns": [..., {"role": "user", ...}]}`);
      }
      return record as Conversation;
    });
}

async function score(conversations: Conversation[]): Promise<Scored[]> {
  const database = openDatabase(':memory:');
  try {
    const knowledge = new KnowledgeBase({ database });
    const { summary } = await knowledge.addSource({ path: HANDBOOK, name: SOURCE_NAME });
    if (summary.skipped.length > 0) throw new Error(`the sample handbook did not ingest cleanly: ${JSON.stringify(summary.skipped)}`);
    const scored: Scored[] = [];
    for (const conversation of conversations) {
      const earlier = conversation.turns.slice(0, -1);
      const question = conversation.turns.at(-1)!.text;
      const searched = carryTerms(earlier, question).text;
      const expected = conversation.expected;
      const rank = async (text: string) => (expected === null ? undefined : rankOf(await knowledge.retrieve(text, SCOPE, { limit: 5 }), expected));
      scored.push({ conversation, searched, carriedRank: await rank(searched), aloneRank: await rank(question), asTyped: searched === question });
    }
    return scored;
  } finally {
    database.close();
  }
}

function rankOf(result: RetrievalResult, expected: string): number | undefined {
  const index = result.chunks.findIndex((chunk) => chunk.source === `${SOURCE_NAME}/${expected}`);
  return index === -1 ? undefined : index + 1;
}

function recall(ranks: Array<number | undefined>, within: number): string {
  if (ranks.length === 0) return '  -  ';
  return (ranks.filter((rank) => rank !== undefined && rank <= within).length / ranks.length).toFixed(3);
}

/** Conversations whose last turn has a page; small talk is reported apart (kept as typed or not). */
const hasPage = (entry: Scored): boolean => entry.conversation.expected !== null;

function rows(scored: Scored[]) {
  const paged = scored.filter(hasPage);
  const classes = [...new Set(paged.map((entry) => entry.conversation.class))].sort();
  return [...classes.map((name) => ({ name, entries: paged.filter((entry) => entry.conversation.class === name) })), { name: 'all', entries: paged }].map(({ name, entries }) => ({
    class: name,
    conversations: entries.length,
    carried: { recallAt1: Number(recall(entries.map((entry) => entry.carriedRank), 1)), recallAt3: Number(recall(entries.map((entry) => entry.carriedRank), 3)) },
    alone: { recallAt1: Number(recall(entries.map((entry) => entry.aloneRank), 1)), recallAt3: Number(recall(entries.map((entry) => entry.aloneRank), 3)) },
  }));
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { set: { type: 'string', default: 'dev' }, json: { type: 'boolean', default: false } } });
  if (!['dev', 'held', 'all'].includes(values.set)) {
    console.error(`--set ${values.set}: use dev, held or all`);
    process.exit(2);
  }
  const conversations = loadConversations(DATA).filter((entry) => values.set === 'all' || entry.set === values.set);
  const scored = await score(conversations);
  const table = rows(scored);
  const smallTalk = scored.filter((entry) => !hasPage(entry));
  const keptAsTyped = smallTalk.filter((entry) => entry.asTyped).length;
  if (values.json) {
    console.log(JSON.stringify({ set: values.set, rows: table, smallTalk: { conversations: smallTalk.length, keptAsTyped } }, null, 2));
    return;
  }
  console.log(`Follow-ups, set ${values.set}: the last turn's page in the top 1 / top 3 (sample handbook, no model)\n`);
  console.log('class            n    searched as carried   message alone');
  for (const row of table) {
    const carried = `${row.carried.recallAt1.toFixed(3)} / ${row.carried.recallAt3.toFixed(3)}`;
    const alone = `${row.alone.recallAt1.toFixed(3)} / ${row.alone.recallAt3.toFixed(3)}`;
    console.log(`${row.class.padEnd(17)}${String(row.conversations).padEnd(5)}${carried.padEnd(22)}${alone}`);
  }
  if (smallTalk.length > 0) console.log(`\nsmall talk       ${String(smallTalk.length).padEnd(5)}searched as typed (nothing carried in): ${keptAsTyped} of ${smallTalk.length}`);
  // Misses are shown for the dev set only: the held-back third is scored, never studied.
  if (values.set !== 'dev') return;
  const misses = scored.filter((entry) => (hasPage(entry) ? entry.carriedRank !== 1 : !entry.asTyped));
  if (misses.length > 0) console.log('\nNot first:');
  for (const miss of misses) {
    console.log(`  ${miss.conversation.id} ${miss.conversation.class.padEnd(16)} rank ${miss.carriedRank ?? '-'}  "${miss.searched}"  → ${miss.conversation.expected}`);
  }
}

// `| head` closes the pipe early: that is the reader's choice, not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(0);
});

await main();
