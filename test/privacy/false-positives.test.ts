import { describe, expect, it } from 'vitest';
import { detectEntities } from '../../src/router/privacy/index.ts';

/** Everyday chat-ops text with numbers, versions, code and capitalised words, and no personal data. */
const ORDINARY_TEXTS: readonly string[] = [
  [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'spec:',
    '  containers:',
    '    - name: api',
    '      image: registry.internal/checkout-api:2.14.3',
    '      env:',
    '        - name: DB_PASSWORD',
    '          valueFrom:',
    '            secretKeyRef: { name: checkout-db, key: password }',
    '      resources: { limits: { memory: 512Mi, cpu: 500m } }',
  ].join('\n'),
  [
    'Traceback (most recent call last):',
    '  File "/app/worker.py", line 118, in run',
    '    token = self.session.get_token()',
    "requests.exceptions.ConnectionError: HTTPSConnectionPool(host='api.stripe.com', port=443): Max retries exceeded",
  ].join('\n'),
  '2026-11-25 10:15:30.123 ERROR [main] c.e.CheckoutService - Payment failed for order 118877, amount 49.99 EUR, latency 1532ms, trace_id=4bf92f3577b34da6a3ce929d0e0e4736',
  "const client = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });\nif (password === undefined) throw new Error('password missing');\nheaders['Authorization'] = `Bearer ${token}`;",
  'Running Node v20.19.4 on Ubuntu 22.04, npm 10.8.2, docker 27.3.1, kubectl 1.31.0, Chrome 131.0.6778.85.',
  'The Monday standup moved to 9:30. Please review the March roadmap; April is busy. Happy Friday everyone!',
  'Our SLA is 99.95% with 4 hours RTO. Pricing: $1,234,567.89 per year. Call volume was 12,345 yesterday.',
  'git log --oneline: 3f2c9a1 fix(auth): refresh token rotation; 9b8e7d6 chore: bump deps; PR #4412 by dependabot[bot]',
  'Ask Jenkins to rebuild; Travis is deprecated. Copilot suggested using Claude for summaries. Sentry shows 1,024 events.',
  'Mark as resolved. Will do. May I merge? Grant the role. Chase it up with the vendor. Frank feedback please.',
  'interface Login { email: string; password: string; otp?: number }\npassword = os.getenv("DB_PASSWORD")\npassword = getpass.getpass()',
  'Invoice INV-55821 for ORD-2024-118877, shipped 2026-11-25T10:15:30Z, tracking 1Z999AA10123456784, build 88123.',
];

describe('ordinary chat-ops text', () => {
  it.each(ORDINARY_TEXTS.map((text) => [text.slice(0, 40), text]))('finds nothing in "%s…"', (_label, text) => {
    expect(detectEntities(text).map((entity) => `${entity.type}:${entity.value}`)).toEqual([]);
  });
});
