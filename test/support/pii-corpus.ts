/**
 * A corpus of realistic chat messages full of personal data and secrets, for the end-to-end
 * no-leak tests. Every secret is assembled from parts at run time with a seeded generator, so no
 * file contains a realistic-looking token, yet each has the shape and entropy of a real one.
 *
 * `forbidden` lists every raw form that must never leave the machine: each value as written, the
 * digits-only form of cards, phones, IBANs and SSNs, the compact IBAN, the lower-cased email, and
 * the random body of every secret (so a leak with a stripped prefix is caught too).
 */

import { seededRandom } from '../privacy/fixtures/fake-secrets.ts';

export type PiiKind = 'PERSON' | 'EMAIL' | 'PHONE' | 'CREDIT_CARD' | 'IBAN' | 'US_SSN' | 'IP_ADDRESS' | 'URL_CREDENTIALS' | 'SECRET';

export interface PiiValue {
  kind: PiiKind;
  value: string;
  /** For secrets: which kind, for readable failures. */
  label?: string;
}

export interface CorpusMessage {
  /** Who wrote it (a thread's `user`), a colleague in the member directory. */
  author: string;
  text: string;
  /** What the marker must say was redacted when this text is sent alone: distinct values per type, in the guard's type order. */
  redactions: string;
  values: PiiValue[];
  /** The first person named in the text (what `<PERSON_1>` maps back to when this text is alone). */
  firstPerson?: string;
  /** The first email in the text (what `<EMAIL_1>` maps back to when this text is alone). */
  firstEmail?: string;
}

export interface PiiCorpus {
  messages: CorpusMessage[];
  /** One-line messages (for `tandem ask -`, one question per line). */
  oneLine: CorpusMessage[];
  /** Every value of every message. */
  values: PiiValue[];
  /** Every raw form that must not appear in anything sent to a cloud vendor. */
  forbidden: Array<{ what: string; needle: string }>;
  secrets: Record<string, string>;
}

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';
const ALNUM = UPPER + LOWER + DIGITS;
const B64 = ALNUM + '+/';
const B64URL = ALNUM + '-_';

/** Realistic fake secrets, prefixes split so no literal token appears in this file. */
export function fakeSecretValues(seed = 20_260_501): Record<string, string> {
  const random = seededRandom(seed);
  const pick = (alphabet: string, length: number): string => {
    let out = '';
    for (let index = 0; index < length; index += 1) out += alphabet[Math.floor(random() * alphabet.length)];
    return out;
  };
  const digits = (length: number) => pick(DIGITS, length);
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const pemLabel = ['RSA PRIV', 'ATE KEY'].join('');
  return {
    github: ['gh', 'p_'].join('') + pick(ALNUM, 36),
    slack: ['xo', 'xb-'].join('') + digits(11) + '-' + digits(13) + '-' + pick(ALNUM, 24),
    awsKeyId: ['AK', 'IA'].join('') + pick(UPPER + DIGITS, 16),
    awsSecret: pick(B64, 40),
    openai: ['sk', '-proj-'].join('') + pick(B64URL, 74) + ['T3Blb', 'kFJ'].join('') + pick(B64URL, 74),
    anthropic: ['sk', '-ant-', 'api03-'].join('') + pick(B64URL, 93) + 'AA',
    stripe: ['sk', '_live_'].join('') + pick(ALNUM, 99),
    jwt: `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode({ sub: digits(10), name: 'Sofia Rossi', iat: 1_760_000_000 })}.${pick(B64URL, 43)}`,
    pem: [`-----BEGIN ${pemLabel}-----`, ...Array.from({ length: 6 }, () => pick(B64, 64)), `${pick(B64, 20)}==`, `-----END ${pemLabel}-----`].join('\n'),
    dbPassword: `Tr0ub4dor-${pick(ALNUM, 10)}`,
    jenkinsPassword: `${pick(LOWER, 5)}${digits(3)}!${pick(UPPER, 3)}`,
  };
}

const person = (value: string): PiiValue => ({ kind: 'PERSON', value });
const email = (value: string): PiiValue => ({ kind: 'EMAIL', value });
const phone = (value: string): PiiValue => ({ kind: 'PHONE', value });
const card = (value: string): PiiValue => ({ kind: 'CREDIT_CARD', value });
const iban = (value: string): PiiValue => ({ kind: 'IBAN', value });
const ssn = (value: string): PiiValue => ({ kind: 'US_SSN', value });
const ip = (value: string): PiiValue => ({ kind: 'IP_ADDRESS', value });
const credentialUrl = (value: string): PiiValue => ({ kind: 'URL_CREDENTIALS', value });
const secret = (label: string, value: string): PiiValue => ({ kind: 'SECRET', value, label });

export function buildPiiCorpus(seed?: number): PiiCorpus {
  const s = fakeSecretValues(seed);
  const dbUrl = `postgres://deploy:${s.dbPassword}@db.internal.northwind.io:5432/app`;
  const jenkinsUrl = `https://admin:${s.jenkinsPassword}@jenkins.northwind.io/job/deploy`;
  const messages: CorpusMessage[] = [
    {
      author: 'Alice Anders',
      text: 'Anika Patel (anika.patel@northwind-labs.com) asked for a refund, call her on +1 (415) 867-5309 today.',
      redactions: '1 person, 1 email, 1 phone',
      values: [person('Anika Patel'), email('anika.patel@northwind-labs.com'), phone('+1 (415) 867-5309')],
      firstPerson: 'Anika Patel',
      firstEmail: 'anika.patel@northwind-labs.com',
    },
    {
      author: 'Bob Brown',
      text: 'The corporate card of Jonas Becker, 4111 1111 1111 1111, was declined at the hotel; email Jonas.Becker@Example.org about it.',
      redactions: '1 person, 1 email, 1 credit_card',
      values: [person('Jonas Becker'), card('4111 1111 1111 1111'), email('Jonas.Becker@Example.org')],
      firstPerson: 'Jonas Becker',
      firstEmail: 'Jonas.Becker@Example.org',
    },
    {
      author: 'Carol Chen',
      text: 'Please pay Maria Garcia to IBAN DE89 3704 0044 0532 0130 00 and copy maria.garcia@garcia-consulting.de on the remittance.',
      redactions: '1 person, 1 email, 1 iban',
      values: [person('Maria Garcia'), iban('DE89 3704 0044 0532 0130 00'), email('maria.garcia@garcia-consulting.de')],
      firstPerson: 'Maria Garcia',
      firstEmail: 'maria.garcia@garcia-consulting.de',
    },
    {
      author: 'Alice Anders',
      text: 'Our contractor Tomasz Kowalski gave SSN 512-34-8876 for the tax form; his number is (646) 781-2290.',
      redactions: '1 person, 1 phone, 1 us_ssn',
      values: [person('Tomasz Kowalski'), ssn('512-34-8876'), phone('(646) 781-2290')],
      firstPerson: 'Tomasz Kowalski',
    },
    {
      author: 'Bob Brown',
      text: 'The staging box 10.24.8.17 and the bastion 203.0.113.42 refuse SSH since this morning.',
      redactions: '2 ip_address',
      values: [ip('10.24.8.17'), ip('203.0.113.42')],
    },
    {
      author: 'Carol Chen',
      text: `The deploy failed: ${dbUrl} rejected the login, and ${jenkinsUrl} is down too.`,
      redactions: '2 url_credentials',
      values: [credentialUrl(dbUrl), credentialUrl(jenkinsUrl), secret('db password', s.dbPassword!), secret('jenkins password', s.jenkinsPassword!)],
    },
    {
      author: 'Alice Anders',
      text: `I pasted the GitHub token ${s.github} into the CI settings by mistake, can you rotate it?`,
      redactions: '1 secret',
      values: [secret('github token', s.github!)],
    },
    {
      author: 'Bob Brown',
      text: `Our Slack bot token ${s.slack} stopped working after the workspace migration.`,
      redactions: '1 secret',
      values: [secret('slack token', s.slack!)],
    },
    {
      author: 'Carol Chen',
      text: `The AWS access key ${s.awsKeyId} with secret ${s.awsSecret} is in the old terraform state.`,
      redactions: '2 secret',
      values: [secret('aws key id', s.awsKeyId!), secret('aws secret key', s.awsSecret!)],
    },
    {
      author: 'Alice Anders',
      text: `Which project is billed for the OpenAI key ${s.openai}?`,
      redactions: '1 secret',
      values: [secret('openai key', s.openai!)],
    },
    {
      author: 'Bob Brown',
      text: `The Anthropic key ${s.anthropic} hit its rate limit during the demo.`,
      redactions: '1 secret',
      values: [secret('anthropic key', s.anthropic!)],
    },
    {
      author: 'Carol Chen',
      text: `The Stripe key ${s.stripe} leaked into the frontend bundle, what now?`,
      redactions: '1 secret',
      values: [secret('stripe key', s.stripe!)],
    },
    {
      author: 'Alice Anders',
      text: `The login service returned ${s.jwt} for Sofia Rossi, is the expiry right?`,
      redactions: '1 person, 1 secret',
      values: [secret('jwt', s.jwt!), person('Sofia Rossi')],
      firstPerson: 'Sofia Rossi',
    },
    {
      author: 'Bob Brown',
      text: 'Call Chen Wei at 020 7946 0958 (or +44 20 7946 0958 from abroad), or write to CHEN.Wei@Example.co.uk.',
      redactions: '1 person, 1 email, 1 phone',
      values: [person('Chen Wei'), phone('020 7946 0958'), phone('+44 20 7946 0958'), email('CHEN.Wei@Example.co.uk')],
      firstPerson: 'Chen Wei',
      firstEmail: 'CHEN.Wei@Example.co.uk',
    },
    {
      author: 'Carol Chen',
      text: 'Ahmed Hassan was charged twice on his Amex 3782 822463 10005 and on his Mastercard 5555-5555-5555-4444.',
      redactions: '1 person, 2 credit_card',
      values: [person('Ahmed Hassan'), card('3782 822463 10005'), card('5555-5555-5555-4444')],
      firstPerson: 'Ahmed Hassan',
    },
    {
      author: 'Alice Anders',
      text: 'Olivia Brown banks with GB82 WEST 1234 5698 7654 32; her mobile is 07700 900123 and her home IP is 81.2.69.160.',
      redactions: '1 person, 1 phone, 1 iban, 1 ip_address',
      values: [person('Olivia Brown'), iban('GB82 WEST 1234 5698 7654 32'), phone('07700 900123'), ip('81.2.69.160')],
      firstPerson: 'Olivia Brown',
    },
    {
      author: 'Bob Brown',
      text: 'Lena Fischer in Berlin is on +49 30 901820 and her SSN on file is 219-45-7031.',
      redactions: '1 person, 1 phone, 1 us_ssn',
      values: [person('Lena Fischer'), phone('+49 30 901820'), ssn('219-45-7031')],
      firstPerson: 'Lena Fischer',
    },
    {
      author: 'Carol Chen',
      text: `Here is the deploy key for the build box, please store it somewhere safe:\n${s.pem}`,
      redactions: '1 secret',
      values: [secret('private key', s.pem!)],
    },
  ];
  const values = messages.flatMap((message) => message.values);
  return {
    messages,
    oneLine: messages.filter((message) => !message.text.includes('\n')),
    values,
    forbidden: forbiddenForms(values),
    secrets: s as Record<string, string>,
  };
}

/** Vendor prefixes of the fake secrets (assembled, like the secrets themselves). */
const VENDOR_PREFIX = new RegExp(`^(${[['gh', 'p_'], ['xo', 'xb-'], ['AK', 'IA'], ['sk', '-proj-'], ['sk', '-ant-api03-'], ['sk', '_live_']].map((parts) => parts.join('')).join('|')})`);

/** Every raw form of every value, de-duplicated. */
export function forbiddenForms(values: readonly PiiValue[]): Array<{ what: string; needle: string }> {
  const out = new Map<string, string>();
  const add = (what: string, needle: string) => {
    if (needle.length >= 6 && !out.has(needle)) out.set(needle, what);
  };
  for (const { kind, value, label } of values) {
    const what = `${kind}${label ? ` (${label})` : ''}`;
    add(what, value);
    if (kind === 'PERSON') {
      // Full names; single names are too common in prompts to check alone.
      add(what, value.toLowerCase());
    }
    if (kind === 'EMAIL') {
      add(what, value.toLowerCase());
      add(`${what} local part`, value.split('@')[0]!.toLowerCase());
    }
    if (kind === 'PHONE' || kind === 'CREDIT_CARD' || kind === 'US_SSN') add(`${what} digits`, value.replace(/\D/g, ''));
    if (kind === 'PHONE') add(`${what} national digits`, nationalDigits(value));
    if (kind === 'IBAN') {
      add(`${what} compact`, value.replace(/\s/g, ''));
      add(`${what} digits`, value.replace(/\D/g, ''));
    }
    if (kind === 'SECRET') {
      // The random body, so a leak with its vendor prefix stripped is still caught.
      if (value.includes('\n')) for (const line of value.split('\n')) if (!line.startsWith('-----')) add(`${what} line`, line);
      const body = value.replace(VENDOR_PREFIX, '');
      if (!value.includes('\n') && body.length >= 16) add(`${what} body`, body.slice(Math.floor(body.length / 2) - 8, Math.floor(body.length / 2) + 8));
    }
    if (kind === 'URL_CREDENTIALS') {
      const userinfo = /\/\/([^@/]+)@/.exec(value)?.[1];
      if (userinfo) add(`${what} userinfo`, userinfo);
    }
  }
  return [...out].map(([needle, what]) => ({ what, needle }));
}

/** Drop a country code and the trunk 0: "+44 20 7946 0958" and "020 7946 0958" both give 2079460958. */
function nationalDigits(value: string): string {
  const digits = value.replace(/\D/g, '');
  if (value.trim().startsWith('+1')) return digits.slice(1);
  if (value.trim().startsWith('+44') || value.trim().startsWith('+49')) return digits.slice(2);
  return digits.replace(/^0/, '');
}

/**
 * What a recorded request exposes: its raw body, every string inside it once JSON-decoded (so an
 * escaped value is seen as text), its path and every header value.
 */
export function exposedText(request: { path: string; headers: Record<string, string>; body: string }): string {
  const strings: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') strings.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(walk);
  };
  try {
    walk(JSON.parse(request.body));
  } catch {
    // Not JSON: the raw body is checked as it is.
  }
  let decodedPath = request.path;
  try {
    decodedPath = decodeURIComponent(request.path);
  } catch {
    // keep the raw path
  }
  return [request.path, decodedPath, ...Object.entries(request.headers).map(([name, value]) => `${name}: ${value}`), request.body, ...strings].join('\n');
}

/** The raw forms found in these requests, as `what: needle` lines (empty = no leak). */
export function findLeaks(requests: ReadonlyArray<{ path: string; headers: Record<string, string>; body: string }>, forbidden: ReadonlyArray<{ what: string; needle: string }>): string[] {
  const leaks: string[] = [];
  for (const [index, request] of requests.entries()) {
    const haystack = exposedText(request);
    const lower = haystack.toLowerCase();
    for (const { what, needle } of forbidden) {
      const hit = haystack.includes(needle) || lower.includes(needle.toLowerCase());
      if (hit) leaks.push(`request #${index} ${request.path}: ${what}: ${needle.length > 40 ? `${needle.slice(0, 12)}…` : needle}`);
    }
  }
  return leaks;
}

/** The placeholder types a message's text must show up as in a cloud prompt (`<PERSON_1>`, …). */
export function placeholderTypes(message: Pick<CorpusMessage, 'redactions'>): string[] {
  return message.redactions.split(', ').map((part) => part.replace(/^\d+ /, '').toUpperCase());
}

/**
 * Colleagues' names as people type them in chat: lower-case, first names alone. No name model
 * catches these; only the workspace member directory does.
 */
export const MEMBER_NAME_MESSAGE: CorpusMessage = {
  author: 'Bob Brown',
  text: 'can you check with carol chen and alice whether the refund for Ahmed Hassan went out?',
  redactions: '3 person',
  values: [person('carol chen')],
  firstPerson: 'carol chen',
};

/** People's names the guard does not recognise as names (found by these tests; see the report). */
export const NAMES_THE_GUARD_MISSES = ['Priya Raman', 'Ngozi Okafor', 'Oluwaseun Adeyemi'];
