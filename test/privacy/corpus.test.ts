import { describe, expect, it } from 'vitest';
import { clearGuardCaches, detectEntities, Pseudonymizer, SECRET_REMOVED } from '../../src/router/privacy/index.ts';
import { generatePrivacyCorpus, type LabelledSpan } from './fixtures/labelled-corpus.ts';
import { fakeSecrets } from './fixtures/fake-secrets.ts';
import { MEMBER_NAMES } from './fixtures/corpus-values.ts';
import { expectExactOffsets } from './helpers.ts';

const secrets = fakeSecrets(424242);
const DIGIT_TYPES = new Set(['PHONE', 'CREDIT_CARD', 'US_SSN', 'IBAN']);

/** Hand-written messages, each listing the raw values that must not survive pseudonymization. */
const HAND_WRITTEN: ReadonlyArray<{ text: string; raw: string[] }> = (() => {
  const github = secrets.githubToken();
  const openai = secrets.openaiProjectKey();
  const slackHook = secrets.slackWebhookUrl();
  const jwt = secrets.jwt();
  const pem = secrets.privateKeyBlock();
  const awsId = secrets.awsAccessKeyId();
  const awsSecret = secrets.awsSecretAccessKey();
  return [
    { text: `Alice Johnson here, my cell is +44 7911 123456 and my email alice.j@contoso.com`, raw: ['Alice Johnson', '+44 7911 123456', 'alice.j@contoso.com'] },
    { text: `refund 4111-1111-1111-1111 to DE89 3704 0044 0532 0130 00, SSN 123-45-6789`, raw: ['4111-1111-1111-1111', 'DE89 3704 0044 0532 0130 00', '123-45-6789'] },
    { text: `GITHUB_TOKEN=${github}\nOPENAI_API_KEY="${openai}"`, raw: [github, openai] },
    { text: `webhook ${slackHook} and jwt ${jwt}`, raw: [slackHook, jwt] },
    { text: `key:\n${pem}\nthanks Bob`, raw: [pem, 'Bob'] },
    { text: `[default]\naws_access_key_id = ${awsId}\naws_secret_access_key = ${awsSecret}`, raw: [awsId, awsSecret] },
    { text: 'ssh deploy@10.44.0.12 with password: Hunter2-Deploy!, db postgres://svc:Pa55w0rd-x@db.northwind.internal/app', raw: ['10.44.0.12', 'Hunter2-Deploy!', 'Pa55w0rd-x'] },
    { text: 'Call Raj Patel on (415) 823-4410 or 0044 7911 123456; cc sarah.connor@fabrikam.com', raw: ['Raj Patel', '(415) 823-4410', '0044 7911 123456', 'sarah.connor@fabrikam.com'] },
  ];
})();

function digitsOf(value: string): string {
  return value.replace(/\D/g, '');
}

function expectNoLeak(output: string, raw: string, type?: string): void {
  expect(output).not.toContain(raw);
  if (type === 'PERSON') expect(output.toLowerCase()).not.toContain(raw.toLowerCase());
  const digits = digitsOf(raw);
  if ((type === undefined || DIGIT_TYPES.has(type)) && digits.length >= 9) expect(digitsOf(output)).not.toContain(digits);
}

describe('no raw value reaches the cloud', () => {
  it('pseudonymizes every labelled value of the generated corpus (raw and digits-only forms)', () => {
    const corpus = generatePrivacyCorpus(20261125, 180);
    expect(corpus.reduce((sum, message) => sum + message.spans.length, 0)).toBeGreaterThan(400);
    for (const message of corpus) {
      const guard = new Pseudonymizer({ memberNames: MEMBER_NAMES });
      const output = guard.apply(message.text);
      for (const span of message.spans) expectNoLeak(output, span.value, span.type);
    }
  });

  it('pseudonymizes the hand-written messages', () => {
    const guard = new Pseudonymizer({ memberNames: ['Alice Johnson', 'Bob Stone'] });
    for (const { text, raw } of HAND_WRITTEN) {
      const output = guard.apply(text);
      for (const value of raw) expectNoLeak(output, value);
    }
  });

  it('restores every non-secret value of the corpus and no secret', () => {
    const isSecret = (span: LabelledSpan): boolean => span.type === 'SECRET' || span.type === 'URL_CREDENTIALS';
    for (const message of generatePrivacyCorpus(99, 60)) {
      const guard = new Pseudonymizer({ memberNames: MEMBER_NAMES });
      const restored = guard.restore(guard.apply(message.text));
      expect(restored.unrestored).toEqual([]);
      for (const span of message.spans) {
        if (isSecret(span)) expect(restored.text).not.toContain(span.value);
        else expect(restored.text).toContain(span.value);
      }
      if (message.spans.some(isSecret)) expect(restored.text).toContain(SECRET_REMOVED);
    }
  });

  it('reports exact, sorted, non-overlapping offsets, the same with cold and warm caches', () => {
    const corpus = generatePrivacyCorpus(5150, 120);
    clearGuardCaches();
    const cold = corpus.map((message) => detectEntities(message.text, { memberNames: MEMBER_NAMES }));
    const warm = corpus.map((message) => detectEntities(message.text, { memberNames: MEMBER_NAMES }));
    expect(warm).toEqual(cold);
    corpus.forEach((message, index) => expectExactOffsets(message.text, cold[index] ?? []));
    expect(cold.flat().length).toBeGreaterThan(200);
  });
});
