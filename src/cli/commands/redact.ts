/** `tandem redact`: show what the privacy guard finds in a text, with typed masks and offsets. */
import type { Command } from 'commander';
import { redact } from '../../router/privacy/index.ts';
import { UsageError } from '../../errors.ts';
import { readAll, writeLine, type CliIo } from '../io.ts';
import type { GlobalOptions } from '../runtime.ts';

export function registerRedact(program: Command, io: CliIo, _globals: () => GlobalOptions): void {
  program
    .command('redact')
    .description('Detect personal data and secrets in a text and print it redacted')
    .argument('<text...>', 'the text, or - to read one text per line from stdin')
    .option('--json', 'print {text, entities:[{type,start,end}]} per text')
    .option('--names <list>', 'comma-separated member names to treat as people')
    .action(async (words: string[], options: { json?: boolean; names?: string }) => {
      const texts = words.length === 1 && words[0] === '-' ? (await readAll(io.stdin)).split('\n').filter((line) => line.trim()) : [words.join(' ')];
      if (texts.every((text) => text.trim() === '')) throw new UsageError('Give a text to redact, e.g. tandem redact "mail jane@example.com"');
      const memberNames = options.names ? options.names.split(',').map((name) => name.trim()).filter(Boolean) : [];
      for (const text of texts) {
        const result = redact(text, { memberNames });
        // Offsets refer to the input text; values are never printed, only their types and places.
        const entities = result.entities.map((entity) => ({ type: entity.type, start: entity.start, end: entity.end, ...(entity.secretKind ? { secretKind: entity.secretKind } : {}) }));
        writeLine(io.stdout, options.json ? JSON.stringify({ text: result.text, entities }) : result.text);
      }
    });
}
