/**
 * Decodes the HTML character references that show up in exported intranet pages. Numeric references
 * cover everything; the named table holds the common ones (an unknown name is left as written).
 */
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', shy: '',
  ndash: '–', mdash: '—', hellip: '…', bull: '•', middot: '·', deg: '°',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»',
  euro: '€', pound: '£', yen: '¥', cent: '¢', copy: '©', reg: '®', trade: '™',
  times: '×', divide: '÷', plusmn: '±', frac12: '½', frac14: '¼', frac34: '¾',
  eacute: 'é', egrave: 'è', agrave: 'à', aacute: 'á', ccedil: 'ç', uuml: 'ü',
  ouml: 'ö', auml: 'ä', szlig: 'ß', ntilde: 'ñ', rarr: '→', larr: '←', check: '✓',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#[xX][0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z][a-zA-Z0-9]{1,31});/g, (whole, body: string) => {
    if (body.startsWith('#')) return fromCodePoint(body.slice(1), whole);
    return NAMED[body] ?? NAMED[body.toLowerCase()] ?? whole;
  });
}

function fromCodePoint(reference: string, whole: string): string {
  const codePoint = reference.startsWith('x') || reference.startsWith('X') ? Number.parseInt(reference.slice(1), 16) : Number(reference);
  if (!Number.isInteger(codePoint) || codePoint <= 0 || codePoint > 0x10ffff) return whole;
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return whole;
  return String.fromCodePoint(codePoint);
}
