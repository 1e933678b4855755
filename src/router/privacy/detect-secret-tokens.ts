import { shannonEntropy } from './entropy.ts';
import { isMostlyWords, isPublishableKey, isRandomToken } from './detect-secret-assignments.ts';
import { isPlaceholderValue } from './secret-allowlist.ts';
import { lineAround } from './text-scan.ts';
import type { Candidate, SecretKind } from './types.ts';
import { matchesOf } from './regex-matches.ts';

interface TokenRule {
  kind: SecretKind;
  /** Cheap substring test before the regex runs; most messages contain none of these. */
  hint: string;
  pattern: RegExp;
  /** Characters of fixed prefix excluded from the entropy measurement. */
  prefixLength: number;
  minimumEntropy: number;
  /** A check on the whole value beyond its shape, where the shape alone is common. */
  valid?: (value: string) => boolean;
}

const BEFORE = '(?<![A-Za-z0-9_-])';
const AFTER = '(?![A-Za-z0-9_-])';

function rule(kind: SecretKind, hint: string, body: string, prefixLength: number, minimumEntropy = 3, valid?: (value: string) => boolean): TokenRule {
  return { kind, hint, pattern: new RegExp(BEFORE + body + AFTER, 'g'), prefixLength, minimumEntropy, ...(valid === undefined ? {} : { valid }) };
}

/** A Discord token's first part is the bot's numeric id in base64 ("MTIzNDU2…" is "123456…"): dotted identifiers and metric names are not. */
function opensWithBase64Id(token: string): boolean {
  const first = token.slice(0, token.indexOf('.'));
  return /^\d{17,20}$/.test(Buffer.from(first, 'base64url').toString('latin1'));
}

/** Vendor formats with a fixed prefix. Current OpenAI and Anthropic formats first: scanners often miss them. */
const TOKEN_RULES: readonly TokenRule[] = [
  rule('anthropic-key', 'sk-ant-', 'sk-ant-[a-z]{2,8}\\d{2}-[A-Za-z0-9_-]{20,300}', 14),
  rule('openai-key', 'sk-', 'sk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{20,300}', 8),
  rule('openai-key', 'sk-', 'sk-[A-Za-z0-9]{48}', 3),
  rule('slack-token', 'xox', 'xox[abposre]-[A-Za-z0-9-]{10,250}', 5, 2.8),
  rule('slack-token', 'xapp-', 'xapp-\\d-[A-Za-z0-9-]{10,250}', 7, 2.8),
  rule('github-token', 'gh', 'gh[pousr]_[A-Za-z0-9]{36,255}', 4),
  rule('github-token', 'github_pat_', 'github_pat_[A-Za-z0-9_]{22,255}', 11),
  rule('gitlab-token', 'glpat-', 'glpat-[A-Za-z0-9_-]{20,64}', 6),
  rule('npm-token', 'npm_', 'npm_[A-Za-z0-9]{36}', 4),
  rule('huggingface-token', 'hf_', 'hf_[A-Za-z]{34,40}', 3),
  rule('stripe-key', '_live_', '(?:sk|rk)_live_[A-Za-z0-9]{10,247}', 8),
  rule('stripe-key', '_test_', '(?:sk|rk)_test_[A-Za-z0-9]{10,247}', 8),
  rule('stripe-key', 'whsec_', 'whsec_[A-Za-z0-9+/=]{24,100}', 6),
  rule('google-api-key', 'AIza', 'AIza[0-9A-Za-z_-]{35}', 4),
  rule('sendgrid-key', 'SG.', 'SG\\.[A-Za-z0-9_-]{16,32}\\.[A-Za-z0-9_-]{16,64}', 3),
  rule('google-oauth-secret', 'GOCSPX-', 'GOCSPX-[A-Za-z0-9_-]{20,64}', 7),
  rule('aws-access-key-id', 'A', '(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}', 4, 2.5),
  // Twilio's Account SID and API key SID: an id that names the account, and the handle of its token (below).
  rule('twilio-sid', 'AC', 'AC[0-9a-f]{32}', 2),
  rule('twilio-sid', 'SK', 'SK[0-9a-f]{32}', 2),
  // BotFather's tokens: the bot's numeric id, a colon, then 35 characters that start "AA".
  rule('telegram-bot-token', ':AA', '\\d{8,10}:AA[A-Za-z0-9_-]{33}', 13),
  // Discord's: the bot's id in base64, a timestamp, an HMAC, dot-separated.
  // The id's decimal digits in base64 open with "M", "N" or "O".
  rule('discord-bot-token', '.', '[MNO][A-Za-z0-9_-]{22,27}\\.[A-Za-z0-9_-]{6,7}\\.[A-Za-z0-9_-]{27,40}', 0, 3.5, opensWithBase64Id),
  // Firebase Cloud Messaging's legacy server key, age's secret key, Mercado Pago's access token, LaunchDarkly's
  // server and mobile keys, Mapbox's secret token, New Relic's user key.
  rule('assigned-secret', ':APA91b', 'AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{100,200}', 18),
  rule('assigned-secret', 'AGE-SECRET-KEY-1', 'AGE-SECRET-KEY-1[0-9A-Z]{50,70}', 16),
  rule('assigned-secret', 'APP_USR-', 'APP_USR-\\d{10,20}-\\d{6}-[0-9a-f]{32}-\\d{6,12}', 8),
  rule('assigned-secret', 'sdk-', 'sdk-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?!\\.[A-Za-z]{2,4}\\b)', 4),
  rule('assigned-secret', 'mob-', 'mob-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?!\\.[A-Za-z]{2,4}\\b)', 4),
  rule('assigned-secret', 'sk.eyJ', 'sk\\.eyJ[A-Za-z0-9_-]{20,200}\\.[A-Za-z0-9_-]{10,100}', 6),
  rule('assigned-secret', 'NRAK-', 'NRAK-[A-Z0-9]{27}', 5),
  // HubSpot's private app tokens: a region and a UUID ("pat-na1-…", "pat-eu1-…").
  rule('assigned-secret', 'pat-', 'pat-(?:na|eu|ap)\\d-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}', 8),
  {
    kind: 'slack-webhook',
    hint: 'hooks.slack.com',
    pattern: /https:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9_/-]{10,300}/g,
    prefixLength: 0,
    minimumEntropy: 3,
  },
];

const AWS_SECRET_SHAPE = /(?<![A-Za-z0-9/+=])[A-Za-z0-9/+=]{40}(?![A-Za-z0-9/+=])/g;
const AWS_SECRET_REACH = 120;

export function detectSecretTokens(text: string): Candidate[] {
  const found = detectPrefixedTokens(text);
  return [...found, ...detectAwsSecretsNearKeyIds(text, found), ...detectTwilioTokens(text, found), ...detectVendorShapedTokens(text, found)];
}

/**
 * Twilio's auth token or key secret: 32 hex digits with no prefix, as often a hash or a trace id alone. Right after a SID
 * ("SK… : 9c2b…") or quoted in a call that reads a Twilio credential from the environment
 * (`require("twilio")(process.env.TWILIO_ACCOUNT_SID, "5d8e…")`), the SID or the variable lends it its context.
 */
const HEX_32 = /(?<![A-Za-z0-9_])[0-9a-f]{32}(?![A-Za-z0-9_])/g;
const TWILIO_VARIABLE = /twilio[\w]*(?:sid|token|key|secret)/i;
const SID_TO_TOKEN = /^[ \t]*[:/,|=][ \t]*$|^[ \t]+$/u;
const QUOTED = /["'`]/u;
/** A call that passes a Twilio credential from the environment, its next argument opening: `twilio(process.env.TWILIO_SID, "`. */
const TWILIO_CALL = /\([^()\n]*twilio\w*(?:sid|token|key|secret)[^()\n]*,[ \t]*["'`]$/iu;

function detectTwilioTokens(text: string, tokens: readonly Candidate[]): Candidate[] {
  const sids = tokens.filter((token) => token.secretKind === 'twilio-sid');
  if (sids.length === 0 && !TWILIO_VARIABLE.test(text)) return [];
  const found: Candidate[] = [];
  for (const match of matchesOf(HEX_32, text)) {
    const start = match.index;
    const end = start + match[0].length;
    const line = lineAround(text, start, end);
    // Right after its SID, a separator between, or quoted in a call that reads a Twilio credential; not any hex on the
    // SID's line ("MessageSid=SM… md5=9c2b…").
    const besideSid = sids.some((sid) => sid.end <= start && SID_TO_TOKEN.test(text.slice(sid.end, start)));
    const quotedBesideVariable = QUOTED.test(text[start - 1] ?? '') && TWILIO_CALL.test(text.slice(line.start, start));
    if ((besideSid || quotedBesideVariable) && shannonEntropy(match[0]) >= 3 && !isPlaceholderValue(match[0])) {
      found.push({ type: 'SECRET', secretKind: 'twilio-token', start, end, value: match[0] });
    }
  }
  return found;
}

/**
 * The shape most vendors give their keys, whoever the vendor: a short lower-case prefix, perhaps a
 * version, then `_` or `.` and a long random body — `lin_api_…` (Linear), `dop_v1_…` (DigitalOcean),
 * `hvs.…` (Vault), `pscale_tkn_…`, `shpat_…`. The body must be random (isRandomToken: both cases or long
 * hex, digits, entropy); snake_case names and dotted identifiers are words.
 */
const VENDOR_SHAPED = /(?<![A-Za-z0-9_.-])[a-z]{2,8}(?:_[a-z0-9]{1,8}){0,2}[_.]([A-Za-z0-9_-]{30,300})(?![A-Za-z0-9_-]|\.[A-Za-z]{2,4}\b)/g;
/** At most one separator in eight characters of the body: words joined by "_" are names, not keys. */
const SEPARATORS = /[_-]/g;
const LONG_RUN = /[A-Za-z0-9_-]{30}/;

function detectVendorShapedTokens(text: string, known: readonly Candidate[]): Candidate[] {
  if (!LONG_RUN.test(text)) return [];
  const found: Candidate[] = [];
  for (const match of matchesOf(VENDOR_SHAPED, text)) {
    const body = match[1]!;
    if ((body.match(SEPARATORS)?.length ?? 0) * 8 > body.length || !isRandomToken(body) || isPublishableKey(match[0])) continue;
    const start = match.index;
    if (known.some((token) => token.start < start + match[0].length && start < token.end)) continue;
    found.push({ type: 'SECRET', secretKind: 'assigned-secret', start, end: start + match[0].length, value: match[0] });
  }
  return found;
}

/**
 * A bare 40-character AWS secret has no prefix; pasted right after its access key id
 * ("AKIA… / wJalr…") the pair is unmistakable, so the id lends the secret its context.
 */
function detectAwsSecretsNearKeyIds(text: string, tokens: readonly Candidate[]): Candidate[] {
  const found: Candidate[] = [];
  for (const keyId of tokens.filter((token) => token.secretKind === 'aws-access-key-id')) {
    const window = text.slice(keyId.end, keyId.end + AWS_SECRET_REACH);
    for (const match of matchesOf(AWS_SECRET_SHAPE, window)) {
      if (isPlaceholderValue(match[0]) || shannonEntropy(match[0]) < 4) continue;
      const start = keyId.end + match.index;
      found.push({ type: 'SECRET', secretKind: 'aws-secret-access-key', start, end: start + 40, value: match[0] });
    }
  }
  return found;
}

function detectPrefixedTokens(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const tokenRule of TOKEN_RULES) {
    if (!text.includes(tokenRule.hint)) continue;
    for (const match of matchesOf(tokenRule.pattern, text)) {
      const value = match[0];
      const body = value.slice(tokenRule.prefixLength);
      if (isPlaceholderValue(body) || isMostlyWords(body) || shannonEntropy(body) < tokenRule.minimumEntropy || tokenRule.valid?.(value) === false) continue;
      found.push({ type: 'SECRET', secretKind: tokenRule.kind, start: match.index, end: match.index + value.length, value });
    }
  }
  return found;
}
