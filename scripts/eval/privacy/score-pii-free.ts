/**
 * Over-redaction on PII-free text the detectors were not written from (see pii-free-set.ts).
 *
 *   npm run eval:privacy-clean [-- --spans]
 *
 * Prints the share of messages the guard altered per source, and which families of words it redacted:
 * a span opening a sentence, a code identifier, a Title-case word mid-sentence, lower case, ALL CAPS.
 */
import { redact } from '../../../src/router/privacy/index.ts';
import { isSentenceStart } from '../../../src/router/privacy/sentence-position.ts';
import { buildPiiFreeSet } from './pii-free-set.ts';

type Family = 'sentence start' | 'code identifier' | 'title case mid-sentence' | 'lower case' | 'all caps' | 'digits / other';

function familyOf(text: string, start: number, value: string): Family {
  if (/[_.]|\p{Ll}\p{Lu}/u.test(value)) return 'code identifier';
  if (/\d/.test(value) || !/\p{L}/u.test(value)) return 'digits / other';
  if (value === value.toUpperCase()) return 'all caps';
  if (value === value.toLowerCase()) return 'lower case';
  return isSentenceStart(text, start) ? 'sentence start' : 'title case mid-sentence';
}

function main(): void {
  const showSpans = process.argv.includes('--spans');
  const messages = buildPiiFreeSet();
  const bySource = new Map<string, { total: number; altered: number }>();
  const byFamily = new Map<string, number>();
  const byType = new Map<string, number>();
  let altered = 0;
  let alteredByNames = 0;
  for (const message of messages) {
    const { entities } = redact(message.text);
    const source = message.source;
    const entry = bySource.get(source) ?? { total: 0, altered: 0 };
    entry.total += 1;
    if (entities.length > 0) {
      entry.altered += 1;
      altered += 1;
    }
    bySource.set(source, entry);
    if (entities.some((entity) => entity.type === 'PERSON')) alteredByNames += 1;
    for (const entity of entities) {
      const family = `${entity.type} / ${familyOf(message.text, entity.start, entity.value)}`;
      byFamily.set(family, (byFamily.get(family) ?? 0) + 1);
      byType.set(entity.type, (byType.get(entity.type) ?? 0) + 1);
      if (showSpans) console.log(`SPAN ${entity.type} ${JSON.stringify(entity.value)} [${message.source}] ${JSON.stringify(message.text)}`);
    }
  }
  console.log(`PII-free messages altered: ${(100 * altered / messages.length).toFixed(1)} %  ${altered}/${messages.length}`);
  console.log(`  by a PERSON span:        ${(100 * alteredByNames / messages.length).toFixed(1)} %  ${alteredByNames}/${messages.length}`);
  for (const [source, { total, altered: count }] of [...bySource].sort()) {
    console.log(`  ${source.padEnd(22)} ${(100 * count / total).toFixed(1).padStart(5)} %  ${count}/${total}`);
  }
  console.log('Redacted spans by type / word family:');
  for (const [family, count] of [...byFamily].sort((a, b) => b[1] - a[1])) console.log(`  ${family.padEnd(44)} ${count}`);
}

main();
