/**
 * Values that sit where a secret would but are documentation placeholders. Secret scanners'
 * own test suites show roughly half of their negatives match the bare pattern; these rules reject them.
 */
const PLACEHOLDER_WORDS = new Set([
  'changeme', 'change_me', 'change-me', 'password', 'passwd', 'secret', 'token', 'placeholder', 'redacted',
  'dummy', 'sample', 'example', 'test', 'testing', 'none', 'null', 'nil', 'undefined', 'true', 'false',
  'empty', 'todo', 'tbd', 'foo', 'bar', 'foobar', 'xxx', 'hidden', 'masked', 'secret removed',
]);

const TRAILING_PUNCTUATION = /[.,;:]+$/;

const PLACEHOLDER_SHAPES: readonly RegExp[] = [
  /example(?:key)?$/i, // AWS documentation keys end in EXAMPLE (key ids) or EXAMPLEKEY (secrets)
  /x{4,}/i, // sk-xxxx…, ghp_XXXX…
  /^[*.#_\-•]+$/, // ****, ...., ____
  /\*{3,}/,
  /^<[^<>]*>$/, // <your-token>
  /^\[[^[\]]*\]$/, // [REDACTED]
  // A marker that says the value was taken out, cut at its first space: "[removed — see the original invite]", "(omitted".
  /^[[(<{][ \t]*(?:removed|redacted|hidden|masked|omitted|withheld|deleted|censored|sensitive|not shown|see)\b/i,
  /^\$\{[^}]*\}?$/, // ${DB_PASSWORD}, and cut before its brace where a value stops at "}" (`_authToken=${NPM_TOKEN}`)
  /^\{\{[^}]*\}\}$/, // {{ secrets.TOKEN }}
  /^\$\{\{[^}'"]*\}\}$/, // ${{ secrets.NPM_TOKEN }} (GitHub Actions), not a literal written inside
  /^\((?:sensitive|redacted|hidden|masked)(?: value)?\)?$/i, // Terraform's "(sensitive value)"
  /^%[^%]+%$/, // %API_KEY%
  /^\$[A-Za-z_][A-Za-z0-9_]*$/, // $TOKEN
  /^(?:your|my|the)[_-]/i, // your_api_key
  /^your(?:api)?(?:key|token|secret|password)/i,
  // Wholly fill-in words, behind a vendor's prefix or not: sk_test_REPLACE_ME, insert-password-here, token_goes_here (not "Put-Me-In-Coach-77").
  /^(?:[a-z]{2,4}_(?:test|live)_)?(?:(?:replace|change|fill|insert|put|enter|add|your|my|the|api|key|token|secret|password|pass|value|goes|here|me|in|this|it|with|real|actual)(?:[_-]|$))+$/i,
  /<[A-Z_]*(?:PERSON|EMAIL|PHONE|SECRET)[A-Z_]*[#_]\d+>/, // our own placeholders when text is guarded twice
];

export function isPlaceholderValue(value: string): boolean {
  const trimmed = value.trim();
  if (trimmed.length === 0) return true;
  if (PLACEHOLDER_WORDS.has(trimmed.toLowerCase())) return true;
  if (PLACEHOLDER_SHAPES.some((shape) => shape.test(trimmed))) return true;
  // A sentence's comma or full stop after a bracketed placeholder is not part of it ("password = <pypi-token>, twine…");
  // after a word it may be the password's own ("changeme!", "$Welcome123!").
  const bare = trimmed.replace(TRAILING_PUNCTUATION, '');
  return bare !== trimmed && BRACKETED.test(bare);
}

/** The bracketed placeholder shapes above: <…>, […], ${…}, {{…}}, %…%. */
const BRACKETED = /^(?:<[^<>]*>|\[[^[\]]*\]|\$\{[^}]*\}?|\{\{[^}]*\}\}|%[^%]+%)$/;
