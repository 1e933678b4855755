/**
 * Summary quality without a model, on hand-written workplace threads with reference summaries.
 *
 *   npm run eval:summaries                  # both halves: dev and held-back
 *   npx tsx scripts/eval/summaries.ts [--threads scripts/eval/summary-threads.jsonl] [--split dev|held|all] [--json]
 *
 * Scores the structured extractive summary (what tandem posts when no model answers) against two
 * baselines computed in the same run — lead-3 (the first three messages) and longest-3 (the three
 * longest, in order) — with ROUGE-1/2/L F1 against each thread's reference (TL;DR, decisions,
 * action items "owner — task — due", open questions). Permalinks and section labels are removed
 * from every candidate before scoring: they are citations and layout, not content. A structure
 * check counts what ROUGE cannot see: sections present when the reference has them, action owners
 * that match the reference's owners, and that every cited permalink is one the thread really has.
 * Threads marked `split: "held"` (a fixed hash of the id) were not looked at while the cues were
 * written; report both halves.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { l as rougeL, n as rougeN } from 'js-rouge';
import type { ConversationMessage } from '../../src/core/chat-contract.ts';
import { structuredSummary } from '../../src/bot/summary/extractive.ts';
import { renderStructuredSummary } from '../../src/bot/summary/render-extractive.ts';

interface ThreadRecord {
  id: string;
  split: 'dev' | 'held';
  messages: Array<{ user: string; text: string; ts: string; link?: string }>;
  reference: { tldr: string; decisions: string[]; actions: Array<{ owner: string; task: string; due?: string }>; questions: string[] };
}

type SystemName = 'structured' | 'lead-3' | 'longest-3';
interface Scores { rouge1: number; rouge2: number; rougeL: number }

const { values } = parseArgs({ options: { threads: { type: 'string', default: 'scripts/eval/summary-threads.jsonl' }, split: { type: 'string', default: 'all' }, json: { type: 'boolean', default: false } } });
const threads = readFileSync(resolve(values.threads), 'utf8').split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line) as ThreadRecord);
const splits = values.split === 'all' ? (['dev', 'held'] as const) : ([values.split] as Array<'dev' | 'held'>);

const tokenize = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
const options = { tokenizer: tokenize };

function referenceText(reference: ThreadRecord['reference']): string {
  const actions = reference.actions.map((action) => `${action.owner} ${action.task}${action.due ? ` ${action.due}` : ''}.`);
  return [reference.tldr, ...reference.decisions, ...actions, ...reference.questions].join('\n');
}

/** Content only: links, Markdown and the section labels every structured summary shares. */
function plain(text: string): string {
  return text
    .replace(/\(\[link\]\([^)]*\)\)/g, '')
    .replace(/https?:\/\/\S+/g, '')
    .replace(/\*\*(TL;DR|Decisions|Action items|Open questions)\*\*/g, '')
    .replace(/\b(Latest|due):/g, '');
}

function asConversation(thread: ThreadRecord): ConversationMessage[] {
  return thread.messages.map((message) => ({ userId: message.user, userName: message.user, text: message.text, ts: message.ts, ...(message.link ? { link: message.link } : {}) }));
}

const line = (message: ConversationMessage) => `${message.userName}: ${message.text}`;
const systems: Record<SystemName, (messages: ConversationMessage[]) => string> = {
  structured: (messages) => renderStructuredSummary(structuredSummary(messages)),
  'lead-3': (messages) => messages.slice(0, 3).map(line).join('\n'),
  'longest-3': (messages) =>
    messages
      .map((message, index) => ({ message, index }))
      .sort((a, b) => b.message.text.length - a.message.text.length)
      .slice(0, 3)
      .sort((a, b) => a.index - b.index)
      .map(({ message }) => line(message))
      .join('\n'),
};

function score(candidate: string, reference: string): Scores {
  return { rouge1: rougeN(candidate, reference, { ...options, n: 1 }), rouge2: rougeN(candidate, reference, { ...options, n: 2 }), rougeL: rougeL(candidate, reference, options) };
}

interface StructureCounts { threads: number; tldr: number; decisionsWanted: number; decisionsShown: number; questionsWanted: number; questionsShown: number; questionsUnwanted: number; questionsInvented: number; actionsShown: number; ownersRight: number; links: number; linksReal: number }

function structureOf(thread: ThreadRecord, counts: StructureCounts): void {
  const summary = structuredSummary(asConversation(thread));
  const text = renderStructuredSummary(summary);
  const realLinks = new Set(thread.messages.map((message) => message.link));
  const owners = new Set(thread.reference.actions.map((action) => action.owner.toLowerCase()));
  counts.threads += 1;
  if (text.startsWith('**TL;DR**') && summary.opening) counts.tldr += 1;
  if (thread.reference.decisions.length > 0) {
    counts.decisionsWanted += 1;
    if (summary.decisions.length > 0) counts.decisionsShown += 1;
  }
  if (thread.reference.questions.length > 0) {
    counts.questionsWanted += 1;
    if (summary.questions.length > 0) counts.questionsShown += 1;
  } else {
    counts.questionsUnwanted += 1;
    if (summary.questions.length > 0) counts.questionsInvented += 1;
  }
  for (const action of summary.actions) {
    counts.actionsShown += 1;
    if (owners.has(action.owner.toLowerCase())) counts.ownersRight += 1;
  }
  for (const [, link] of text.matchAll(/\(\[link\]\(([^)]+)\)\)/g)) {
    counts.links += 1;
    if (realLinks.has(link)) counts.linksReal += 1;
  }
}

const percent = (part: number, whole: number) => (whole === 0 ? '–' : `${((100 * part) / whole).toFixed(0)}%`);
const report: Record<string, unknown> = {};
for (const split of splits) {
  const chosen = threads.filter((thread) => thread.split === split);
  const totals = Object.fromEntries((Object.keys(systems) as SystemName[]).map((name) => [name, { rouge1: 0, rouge2: 0, rougeL: 0 }])) as Record<SystemName, Scores>;
  const counts: StructureCounts = { threads: 0, tldr: 0, decisionsWanted: 0, decisionsShown: 0, questionsWanted: 0, questionsShown: 0, questionsUnwanted: 0, questionsInvented: 0, actionsShown: 0, ownersRight: 0, links: 0, linksReal: 0 };
  for (const thread of chosen) {
    const reference = referenceText(thread.reference);
    const messages = asConversation(thread);
    for (const name of Object.keys(systems) as SystemName[]) {
      const scores = score(plain(systems[name](messages)), reference);
      totals[name].rouge1 += scores.rouge1;
      totals[name].rouge2 += scores.rouge2;
      totals[name].rougeL += scores.rougeL;
    }
    structureOf(thread, counts);
  }
  const mean = (value: number) => Number(((100 * value) / Math.max(1, chosen.length)).toFixed(1));
  const rows = (Object.keys(systems) as SystemName[]).map((name) => ({ system: name, rouge1: mean(totals[name].rouge1), rouge2: mean(totals[name].rouge2), rougeL: mean(totals[name].rougeL) }));
  report[split] = { threads: chosen.length, rows, structure: counts };
  if (!values.json) {
    console.log(`\n${split === 'held' ? 'Held-back' : 'Dev'} threads: ${chosen.length}`);
    console.log('| summary | ROUGE-1 F1 | ROUGE-2 F1 | ROUGE-L F1 |\n|---|---|---|---|');
    for (const row of rows) console.log(`| ${row.system} | ${row.rouge1} | ${row.rouge2} | ${row.rougeL} |`);
    console.log(
      `Structure: TL;DR ${percent(counts.tldr, counts.threads)}; decisions shown where the reference has some ${percent(counts.decisionsShown, counts.decisionsWanted)}; ` +
        `open questions shown where the reference has some ${percent(counts.questionsShown, counts.questionsWanted)}, where it has none ${percent(counts.questionsInvented, counts.questionsUnwanted)}; action owners matching the reference ${percent(counts.ownersRight, counts.actionsShown)} of ${counts.actionsShown}; ` +
        `permalinks real ${percent(counts.linksReal, counts.links)} of ${counts.links}`,
    );
  }
}
if (values.json) console.log(JSON.stringify(report));
