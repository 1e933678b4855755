/**
 * Technical terms recognised by their shape rather than looked up in a list: no list can hold every
 * product, error, flag and acronym of software, law and finance, but they are written in ways
 * ordinary words are not — "OOMKilled", "gRPC", "NullPointerException" (case inside a word),
 * "TLS", "JVM", "CNIL" (capitals in a message that is not shouting), "max_connections",
 * "spring.datasource.url", "--force" (identifiers and flags), "2Gi", "512MiB", "v4.18", "p99"
 * (letters fused with digits). A request that uses them is about a particular system or rule,
 * which is what makes a "why does it…" or "is it compliant…" expert work rather than a textbook
 * question (assess-request.ts counts them with the work objects).
 *
 * Read from the message as written (case matters), without pasted material.
 */

/** Capitalised words of chat and office life that are not technical: "FYI", "ASAP", "PTO", "OK", and currencies ("CAD or USD"). */
const EVERYDAY_CAPITALS: ReadonlySet<string> = new Set(
  `ok okay ok'd fyi asap eod eow eta tldr tl dr lol lmao omg btw imo imho tbh afaik idk irl brb afk ooo wfh pto
  hr it pm am us uk eu usa ceo cto cfo coo vp svp evp md faq id ids ty thx pls plz np gg rip wtf nvm aka diy
  q1 q2 q3 q4 h1 h2 ny nyc la sf tv pc mr mrs ms dr jr sr ii iii iv vs etc ie eg hq rsvp cv tba tbd
  usd eur gbp cad aud nzd jpy cny rmb inr chf sgd hkd mxn brl zar sek nok dkk pln`.split(/\s+/),
);

/** "OOMKilled", "gRPC", "iOS", "CrashLoopBackOff", "NullPointerException", "XMLHttpRequest". */
const INNER_CAPITALS = /^(?:[a-z]+[A-Z]|[A-Z]{2,}[a-z]|[A-Z][a-z]+[A-Z])[A-Za-z]*$/;
/** "TLS", "JVM", "SOC", "ALBs": two to six capitals, an optional plural. */
const ACRONYM = /^[A-Z]{2,6}s?$/;
/** "max_connections", "spring.datasource.url", "--force", "-Xmx", "config.yaml". */
const IDENTIFIER = /^(?:-{1,2}[A-Za-z][\w-]*|[A-Za-z]\w*_\w+|[A-Za-z]\w*(?:\.[A-Za-z_]\w*)+)$/;
/** "2Gi", "512MiB", "300ms", "40rps", "v4.18": sizes, durations and rates of machines, versions. */
const MACHINE_QUANTITY = /^(?:v\d+(?:\.\d+)+|\d+(?:\.\d+)?(?:[KMGT]i|[KMGT]iB|[kmgt]b|ms|ns|µs|rps|qps|vcpus?))$/i;
/** "p99", "http2", "s3", "ec2", "x86", "utf8": a name fused with a number. */
const FUSED = /^[a-z]{1,6}\d{1,3}[a-z]?$/i;
/** Surnames and words that merely look like identifiers: "McDonald", "O'Neill", "e.g.", "i.e.". */
const NOT_TECHNICAL = /^(?:Ma?c[A-Z][a-z]+|[a-z]\.[a-z]\.?|[A-Z][a-z]?\.)$/;
/** Chat shorthands and form names that fuse a letter or two with a digit: "b4", "h1", "q3", "w2", "l3". */
const EVERYDAY_FUSED = /^[a-z]{1,2}\d[a-z]?$/i;
/** …except these, which name systems: "s3", "ec2", "p95", "p99". */
const SYSTEM_FUSED = /^(?:s3|ec2|p\d{2,3})$/i;

const TOKEN = /(?:^|(?<=[\s(["'`,;]))(-{0,2}[A-Za-z0-9][\w.'-]*[\w])(?=$|[\s)\]"'`,;:?!]|\.(?:\s|$))/g;

export function findTechnicalTerms(ask: string): string[] {
  // Whether the message shouts is read once, and only if a word is shaped like an acronym.
  let shouting: boolean | undefined;
  const isShoutingText = () => (shouting ??= isShouting(ask));
  const found = new Set<string>();
  // A pasted log repeats its words ("ERROR", "request", "status"): each is judged once.
  const judged = new Set<string>();
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(ask); match; match = TOKEN.exec(ask)) {
    const word = match[1]!;
    if (judged.has(word)) continue;
    judged.add(word);
    if (isTechnical(word, isShoutingText)) found.add(word.toLowerCase());
  }
  return [...found];
}

/**
 * Every shape below needs a digit, "_", ".", a leading "-" or a capital after the first letter: a
 * word with none of them, as most words of a message and of a pasted log are (names included), is
 * not looked at further.
 */
const MAYBE_TECHNICAL = /[0-9_.]|^-|.[A-Z]/;

/** "ghp_SmVKOi…", "AKIA…": a long run of mixed letters and digits is an opaque token (a key, an id), not a term of the trade. */
const OPAQUE_TOKEN = /^(?=.*\d)(?=.*[a-z])(?=.*[A-Z])[\w-]{20,}$/;

function isTechnical(word: string, shouting: () => boolean): boolean {
  if (!MAYBE_TECHNICAL.test(word)) return false;
  if (NOT_TECHNICAL.test(word) || EVERYDAY_CAPITALS.has(word.toLowerCase()) || OPAQUE_TOKEN.test(word)) return false;
  if (INNER_CAPITALS.test(word)) return true;
  if (ACRONYM.test(word) && !shouting()) return true;
  if (IDENTIFIER.test(word) || MACHINE_QUANTITY.test(word)) return true;
  return FUSED.test(word) && (!EVERYDAY_FUSED.test(word) || SYSTEM_FUSED.test(word));
}

/** A message written mostly in capitals says nothing by its capitals (one pass over the text). */
function isShouting(text: string): boolean {
  let letters = 0;
  let capitals = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 65 && code <= 90) {
      letters++;
      capitals++;
    } else if (code >= 97 && code <= 122) letters++;
  }
  if (letters < 12) return false;
  return capitals / letters > 0.6;
}
