/**
 * Chat messages for the per-message benchmarks, as people paste them into a channel: a question or
 * a remark, often with a log excerpt, a stack trace, a config snippet, names, e-mail addresses,
 * phone numbers and the odd key. Seeded (faker), so every run sends the same bytes. One message per
 * line: the CLI's `-` reads one message per line, so a pasted log's line breaks become " ⏎ ".
 */
import { Faker, base, en } from '@faker-js/faker';

const OPENERS = [
  'hey can someone look at this, prod is throwing again',
  'anyone seen this before? started after the deploy this morning',
  'quick q about the expense policy for the offsite',
  'fyi the nightly job failed, pasting the log',
  'who owns the billing service now',
  'can you summarize what went wrong here',
  'need help with vpn access, it keeps timing out',
  'is this expected? customer reported it twice',
];

const LOG_LEVELS = ['INFO', 'WARN', 'ERROR', 'DEBUG'];

function logLine(faker: Faker): string {
  const when = faker.date.recent({ days: 3, refDate: '2026-11-30T12:00:00Z' }).toISOString();
  const level = faker.helpers.arrayElement(LOG_LEVELS);
  const line = faker.helpers.arrayElement([
    () => `${when} ${level} [${faker.hacker.noun()}-worker-${faker.number.int(9)}] request ${faker.string.uuid()} took ${faker.number.int(4000)}ms status=${faker.helpers.arrayElement([200, 404, 500, 503])}`,
    () => `${when} ${level} connection from ${faker.internet.ipv4()} user=${faker.internet.email().toLowerCase()} path=/${faker.hacker.noun()}/${faker.number.int(999)}`,
    () => `    at ${faker.hacker.verb()}${faker.hacker.noun()} (/srv/app/src/${faker.hacker.noun()}.ts:${faker.number.int(400)}:${faker.number.int(80)})`,
    () => `${when} ${level} retrying ${faker.hacker.phrase().toLowerCase()}`,
    () => `${faker.hacker.abbreviation().toLowerCase()}_timeout_ms: ${faker.number.int(30_000)}`,
  ]);
  return line();
}

function prose(faker: Faker): string {
  return faker.helpers.arrayElement([
    () => `${faker.person.firstName()} said ${faker.hacker.phrase().toLowerCase()}`,
    () => `cc ${faker.person.fullName()} since they were on call`,
    () => `call me at ${faker.phone.number({ style: 'international' })} if it's urgent`,
    () => `mail ${faker.internet.email()} the ticket number`,
    () => `${faker.company.catchPhrase().toLowerCase()}, not sure why`,
    () => `thanks ${faker.person.firstName()}!`,
  ])();
}

/** `count` messages, each between `minBytes` and `maxBytes` long (UTF-8). */
export function chatMessages(count: number, minBytes: number, maxBytes: number, seed = 14): string[] {
  const faker = new Faker({ locale: [en, base] });
  faker.seed(seed);
  return Array.from({ length: count }, () => {
    const target = faker.number.int({ min: minBytes, max: maxBytes });
    const parts = [faker.helpers.arrayElement(OPENERS)];
    while (Buffer.byteLength(parts.join(' ⏎ ')) < target) parts.push(faker.datatype.boolean(0.65) ? logLine(faker) : prose(faker));
    let message = parts.join(' ⏎ ');
    while (Buffer.byteLength(message) > maxBytes) message = message.slice(0, -16);
    return message;
  });
}
