/**
 * The grammar of the `tandem` command line: every command, argument and option with its help text.
 * Each action loads its command's module only when that command runs, so `tandem --help` (and a
 * typo) costs commander and this file — not the SDKs, the database or the privacy guard's tables.
 */
import type { Command } from 'commander';
import type { CliIo } from './io.ts';
import type { GlobalOptions } from './runtime.ts';
import type { AskOptions } from './commands/ask.ts';
import type { ConfigCheckOptions } from './commands/config-check.ts';
import type { IngestOptions } from './commands/ingest.ts';
import type { RedactOptions } from './commands/redact.ts';
import type { ReportOptions } from './commands/report.ts';
import type { RouteOptions } from './commands/route-options.ts';
import type { StartOptions } from './commands/start.ts';
import type { SummarizeOptions } from './commands/summarize.ts';
import type { SourcesOptions } from './commands/sources.ts';

export function defineCommands(program: Command, io: CliIo, globals: () => GlobalOptions): void {
  program
    .command('start')
    .description('Run tandem: Slack and/or Discord when configured, otherwise a chat in this terminal')
    .option('--shell', 'use the terminal chat even when Slack or Discord is configured')
    .action(async (options: StartOptions) => (await import('./commands/start.ts')).runStart(io, globals(), options));

  program
    .command('ask')
    .description('Answer a question from the knowledge base (use - to read one question per line from stdin)')
    .argument('[question...]', 'the question, or - for stdin')
    .option('--json', 'print one JSON object per answer')
    .option('--jsonl', 'read questions from stdin, one {"text", "channel"} object per line (multi-line questions stay whole); implies --json')
    .option('--cloud', 'ask for a cloud model (the routing policy may refuse)')
    .option('--local', 'never leave this machine')
    .option('--channel <name>', 'answer as if asked in this channel (channel policy and knowledge restrictions apply)', 'cli')
    .action(async (words: string[], options: AskOptions) => (await import('./commands/ask.ts')).runAsk(io, globals(), words, options));

  program
    .command('summarize')
    .description('Summarize a thread: a JSON array of {user, text, ts}, from a file or - for stdin; with --json, JSON Lines of threads (one per line)')
    .argument('<file>', 'thread JSON file (or JSON Lines with --json), or -')
    .option('--json', 'print JSON; several threads in (one per line), one summary per line out')
    .option('--length <length>', 'short or detailed', 'short')
    .option('--cloud', 'ask for a cloud model (the routing policy may refuse)')
    .option('--local', 'never leave this machine')
    .option('--channel <name>', 'summarize as if in this channel (channel policy applies)', 'cli')
    .action(async (file: string, options: SummarizeOptions) => (await import('./commands/summarize.ts')).runSummarize(io, globals(), file, options));

  program
    .command('route')
    .description('Dry-run the routing policy: route, reasons, redactions and the text that would go to the cloud')
    .argument('[text...]', 'a message, or - to read one per line from stdin')
    .option('--json', 'print one JSON object per message')
    .option('--jsonl', 'read messages from stdin, one {"text", "channel"} object per line (multi-line messages stay whole)')
    .option('--channel <name>', 'decide as if in this channel (its policy applies)', 'cli')
    .option('--cloud', 'as if the person asked for --cloud')
    .option('--local', 'as if the person asked for --local')
    .option('--evaluate <labelled.jsonl>', 'instead: score the router on labelled messages (confusion matrix, cloud share, spend vs an oracle)')
    .option('--tier <tier>', 'with --evaluate: the local model tier to assume (small, medium, large)')
    .option('--split <name>', 'with --evaluate: score only the messages of this split (e.g. dev)')
    .option('--calibrate', 'instead: read past messages and suggest routing.difficultyThreshold for a target cloud share')
    .option('--target-cloud-share <share>', 'with --calibrate: the share of requests that may escalate on difficulty (0–1)', '0.2')
    .action(async (words: string[], options: RouteOptions) => (await import('./commands/route.ts')).runRoute(io, globals(), words, options));

  program
    .command('redact')
    .description('Detect personal data and secrets in a text and print it redacted')
    .argument('[text...]', 'the text, or - to read one text per line from stdin')
    .option('--json', 'print {text, entities:[{type,start,end}]} per text')
    .option('--jsonl', 'read texts from stdin, one {"text", "channel"} object per line (multi-line texts stay whole); implies --json')
    .option('--names <list>', 'comma-separated member names to treat as people')
    .option('--stats', "print the guard's CPU time per text to stderr (for benchmarks)")
    .action(async (words: string[], options: RedactOptions) => (await import('./commands/redact.ts')).runRedact(io, globals(), words, options));

  program
    .command('ingest')
    .description('Add folders or files (Markdown, text, HTML, PDF) to the knowledge base and index them; re-runs skip unchanged files')
    .argument('[paths...]', 'folders or files to add; default: re-index every source')
    .option('--name <name>', 'source name shown in citations (one path only; default: the folder name)')
    .option('--channels <list>', 'comma-separated channels allowed to see these documents (dm for direct messages); a restriction is never widened')
    .option('--no-prune', 'keep documents whose files have disappeared')
    .option('--json', 'print the summary as JSON')
    .action(async (paths: string[], options: IngestOptions) => (await import('./commands/ingest.ts')).runIngest(io, globals(), paths, options));

  program
    .command('forget')
    .description('Remove a source added with tandem ingest: its documents, passages, vectors and search index entries')
    .argument('<path>', 'the folder or file as given to tandem ingest (or its source name)')
    .action(async (path: string) => (await import('./commands/forget.ts')).runForget(io, globals(), path));

  program
    .command('sources')
    .description('List the knowledge sources: documents, passages, channel restriction, last indexed, embedding coverage')
    .option('--json', 'print a JSON array')
    .action(async (options: SourcesOptions) => (await import('./commands/sources.ts')).runSources(io, globals(), options));

  program
    .command('report')
    .description('The monthly AI-spend report: cloud vs local, savings versus all-cloud, budget, by model and channel')
    .option('--month <YYYY-MM>', 'the month to report (default: this month so far, in report.timezone)')
    .option('--json', 'print the report as one JSON object')
    .option('--csv <file>', 'also write the detail rows as CSV')
    .option('--png <file>', 'also write the chart as PNG')
    .option('--release-unfinished', "with --month: forget that month's unfinished report posts (after checking the channels) so the next start sends them")
    .action(async (options: ReportOptions) => (await import('./commands/report.ts')).runReport(io, globals(), options));

  program
    .command('backup')
    .description("Copy the database (ledger and knowledge base) to FILE with SQLite's online backup; safe while tandem runs")
    .argument('<file>', 'where to write the copy (must not exist yet)')
    .action(async (file: string) => (await import('./commands/backup.ts')).runBackup(io, globals(), file));

  program
    .command('config')
    .description('Inspect configuration')
    .command('check')
    .description('Validate the configuration and print the effective values (secrets masked)')
    .option('--json', 'print JSON instead of YAML')
    .action(async (options: ConfigCheckOptions) => (await import('./commands/config-check.ts')).runConfigCheck(io, globals(), options));
}
