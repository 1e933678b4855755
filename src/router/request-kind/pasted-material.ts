/**
 * Finds material pasted into a message — code, logs and stack traces, tables, legal or policy
 * text, quoted prose — by the shape of its lines, not by its words. The first line that reads
 * like a request is the ask; what follows it (or a fenced block anywhere) is the material.
 */
import { HEAVY_TASK_VERBS, LIGHT_TASK_VERBS } from './lexicons.ts';

/**
 * `blob`: encoded data (keys, base64, hashes) — pasted, but with no structure to reason about.
 * `quote`: someone else's words marked as a quote ("> " or quotation marks), a letter or emails to be answered or weighed.
 */
export type MaterialType = 'code' | 'log' | 'table' | 'legal' | 'quote' | 'prose' | 'blob';

export interface PastedMaterial {
  type: MaterialType;
  /** Lines of material (not counting the ask). */
  lines: number;
  chars: number;
  /** The request around the material, when it shares the material's line ("tidy these notes: …"). */
  inlineAsk?: string;
  /** What is written after the material, when the message closes with it: most often the question ("…what happened?"). */
  closingAsk?: string;
}

/** Six or more operators and brackets on one line: a regex, a shell pipeline, an expression — not prose. */
const SYMBOL_DENSE = /^(?:[^()[\]{}<>*+?^$|\\=;&]*[()[\]{}<>*+?^$|\\=;&]){6}/;
/**
 * "turn these notes into bullets: met w/ acme, …", "is this clause ok: the supplier shall …": the
 * ask points at what follows a colon on its own line.
 */
const POINTS_AT_MATERIAL = /\b(this|these|that|those|the following|following|below) ([\w-]+ ){0,3}?(notes?|text|message|email|paragraph|clause|sentence|draft|copy|bullets?|list|paste|log|logs|error|output|code|snippet|query|regex|numbers|figures|data|table|line|lines)\b[^:]{0,40}:\s+(?=\S)/i;
const CODE_LINE = [
  /[{};]\s*$/, /^\s*(def|function|class|const|let|var|import|from|return|if|for|while|async|await|public|private|fn|func|package)\b/,
  /=>/, /^\s*(select|from|where|join|left join|group by|order by|alter|create|update|insert|delete|with)\b/i,
  /^\s*[+-]\s+\S/, /^\s{2,}\S/, SYMBOL_DENSE, /^\s*<\/?[a-z][\w-]*[^>]*>/i, /\w\(.*\)\s*[:{]?\s*$/, /^\s*[@#]\w+/,
];
const LOG_LINE = [
  /\d{4}-\d{2}-\d{2}[t ]\d{2}:\d{2}/i, /^\s*\[?\d{1,2}:\d{2}(:\d{2})?\]?\s/, /\b(error|warn|warning|info|debug|fatal|panic)\b.*[:=]/i,
  /^\s*(error|warn|warning|info|debug|fatal|trace)\b/i, /^\s*at\s+[\w.$<>]+[\s(]/, /\w+(exception|error):/i, /\bexit code\b|\berrno\b|\bnpm err!/i, /^\s*[a-z ]+:\s+\S+$/i,
  // A terminal session ("$ terraform apply"), tool output framed by box-drawing bars, upper-case diagnostic labels ("ERROR:", "HINT:").
  /^\s*[$#>] \S/, /^\s*[│┃╷╵]/, /^\s*[A-Z]{3,}:\s/,
];
const TABLE_LINE = [/^[^,|\t]+([,|\t][^,|\t]*){2,}$/, /^\s*\w[\w .&/-]*\s[-|]\s.+[-|]\s/];
/** Contract and policy terms, and the words of an employment decision put in writing (a dismissal, a layoff, a role eliminated). */
const LEGAL_WORDS = /\b(shall|hereby|here(under|in|of|to)|there(of|under|in)|whereas|notwithstanding|indemnif\w*|liabilit\w*|warrant\w*|terminat\w*|governing law|agreement|force majeure|liquidated damages|right, title and interest|intellectual property|non-renewal|sub-?processors?|controller|processor|employee shall|customer shall|provider|dismissal|redundan\w*|severance|laid off|lay-?offs?|restructuring|(role|position|job|employment) (has been|have been|is being|will be|was) (eliminated|made redundant|ended))\b/i;
const BLOB_LINE = [/^[A-Za-z0-9+/=_-]{24,}$/, /^-{3,}\s*(BEGIN|END)\b.*-{3,}$/];
const NUMBERED_CLAUSE = /^\s*(\d+(\.\d+)+|\d+\.|[a-z]\))\s+\S/i;
/**
 * A contract's defined terms, capitalised after a small word mid-sentence ("the Tenant shall", "if
 * Supplier fails", "assigns to the Company"): how agreements name their parties and subjects.
 */
const DEFINED_TERM = /(?<=\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ss]uch|[Ee]ach|[Aa]ny|[Ee]ither|by|to|of|[Ii]f|and|or|for|from|with|against) )(?:Company|Employee|Employer|Tenant|Landlord|Supplier|Customer|Vendor|Licensee|Licensor|Contractor|Consultant|Client|Provider|Part(?:y|ies)|Agreement|Term|Premises|Services|Deliverables|Software|Order|Effective Date|Confidential Information)\b/g;
/** How a policy states its rules ("access is revoked…", "shared accounts are prohibited", "must be reviewed"). */
const NORMATIVE = /\b(must|may not|prohibited|forbidden|required|(is|are) (enforced|granted|retained|revoked|reviewed))\b/gi;
const POLICY_SUBJECT = /\b(employees?|staff|personnel|contractors?|users?|personal data|customer data|confidential|accounts?|access)\b/i;
/** Slack and mail mark quoted text with "> " (Slack's API may send it as "&gt; "): the quote is read, not its marker. */
const QUOTE_MARKER = /^\s*(?:>|&gt;)\s?/;

export function findPastedMaterial(text: string): PastedMaterial | undefined {
  const fenced = /```([\s\S]*?)```/.exec(text);
  if (fenced) return withClosingAsk(describe(fenced[1]!.split('\n').filter((line) => line.trim() !== ''), 'code'), afterLastFence(text));
  // trimEnd strips exactly what /\s+$/ did (white space and line terminators), without a regex walking a long line.
  const lines = text.split('\n').map((line) => line.trimEnd());
  const rest = lines.slice(1).filter((line) => line.trim() !== '');
  const body = unquoted(rest);
  if (body.length >= 1 && !isAskAfterContext(lines[0] ?? '', body)) {
    // What someone marked as a quote is material whatever its shape (a letter in Japanese, two short emails).
    // So is a line the first line works on ("make this friendlier⏎…", "proofread please⏎…"); not one after
    // "sorry if this is a dumb question⏎how many vacation days…", which only points at itself.
    const inQuotes = body === rest ? quotationLines(rest) : 0;
    const closing = body !== rest ? afterLastQuote(rest) : inQuotes > 0 ? afterQuotation(rest, inQuotes) : closingQuestion(rest);
    const material = inQuotes > 0 ? rest.slice(0, inQuotes) : closing === undefined || body !== rest ? body : body.slice(0, -1);
    const shape = withinQuotes(classifyLines(material), inQuotes > 0);
    const type = body !== rest && (shape === undefined || shape === 'prose') ? 'quote' : (shape ?? (worksOnMaterial(lines[0] ?? '') ? 'prose' : undefined));
    if (type) return withClosingAsk(describe(material, type), closing);
  }
  const quoted = /["“]([^"”]{80,})["”]/.exec(text);
  if (quoted) return describe([quoted[1]!], LEGAL_WORDS.test(quoted[1]!) ? 'legal' : 'quote');
  return inlineMaterial(lines[0] ?? '');
}

function withClosingAsk(material: PastedMaterial, closing: string | undefined): PastedMaterial {
  return closing === undefined ? material : { ...material, closingAsk: closing };
}

/** Prose after the last fence: "```…``` adding a column is supposed to be instant?? what happened". */
function afterLastFence(text: string): string | undefined {
  const after = text.slice(text.lastIndexOf('```') + 3).trim();
  return after === '' ? undefined : after;
}

/** The unmarked lines after the last quoted one: the writer's own words about the quote. */
function afterLastQuote(rest: readonly string[]): string | undefined {
  let last = rest.length - 1;
  while (last >= 0 && !QUOTE_MARKER.test(rest[last]!)) last -= 1;
  const after = rest.slice(last + 1).join('\n').trim();
  return after === '' ? undefined : after;
}

/**
 * A letter or message pasted inside quotation marks ('"Hi, our office manager quit… Thanks, Dr. Smith"'):
 * the lines from one that opens with a quotation mark to the last that closes with one are someone
 * else's words, and the lines after them the writer's. How many lines are quoted, or 0.
 */
function quotationLines(rest: readonly string[]): number {
  // Quoted CSV fields ('"name","email"') are a table, not someone's words.
  if (!/^\s*["“]/.test(rest[0] ?? '') || /^\s*"[^"]*"\s*[,;\t]/.test(rest[0] ?? '')) return 0;
  for (let last = rest.length - 1; last >= 0; last -= 1) {
    // Only a quotation the writer's own words follow: one that ends the message is read by its shape, as before.
    if (/["”]\s*$/.test(rest[last]!)) return last < rest.length - 1 && (last > 0 || rest[0]!.trim().length > 1) ? last + 1 : 0;
  }
  return 0;
}

/** Quoted lines are a quote unless their shape says more (a clause, code, a log): commas make no table of a letter. */
function withinQuotes(shape: MaterialType | undefined, quoted: boolean): MaterialType | undefined {
  return quoted && (shape === undefined || shape === 'table' || shape === 'prose') ? 'quote' : shape;
}

/** The writer's own words after a quotation: "…Thanks, Dr. Smith"⏎⏎support wants to just do it". */
function afterQuotation(rest: readonly string[], quoted: number): string | undefined {
  const after = rest.slice(quoted).join('\n').trim();
  return after === '' ? undefined : after;
}

/**
 * Unmarked material (a log, a table) closed by one line that asks and is not of its kind
 * ("…⏎why does it only fail on tuesdays?"): the line is the question, not material. Only after
 * a few lines, so that the material is still material without it.
 */
function closingQuestion(rest: readonly string[]): string | undefined {
  const last = rest[rest.length - 1];
  if (rest.length < 4 || last === undefined || !ASKING_LINE.test(last) || [...CODE_LINE, ...LOG_LINE, ...TABLE_LINE].some((pattern) => pattern.test(last))) return undefined;
  return last.trim();
}

/** Words by which a line points at something pasted after it ("make this sound…", "the following:"). */
const POINTS_AHEAD = /\b(?:this|these|that|those|below|following|here(?:'s| is| are))\b|:\s*$/i;
/** The first word of the first line, when it is a task verb: that line is the ask ("proofread please", "reply to the customer for me"). */
const FIRST_WORD = /^\s*(?:pls |please |can you |could you )?([a-z]+)/i;
/** A line that asks: a question word first, or a question mark at the end. */
const ASKING_LINE = /^\s*(?:what|what's|whats|how|why|where|when|who|which|can|could|should|shall|is|are|do|does|did|will|would|any|thoughts)\b|\?\s*$/i;

/**
 * People often set the scene on one line and ask on the next ("someone has been working from spain
 * for 4 months, nobody told us.⏎what's our exposure here — tax, social security…"): when the first
 * line points at nothing to come and the only other line asks, that line is the ask, not material.
 */
function isAskAfterContext(first: string, body: readonly string[]): boolean {
  if (body.length !== 1 || POINTS_AHEAD.test(first) || !ASKING_LINE.test(body[0]!)) return false;
  // A task first ("fix the grammar", "proofread please") makes the next line its material; so does code ("SELECT … = ?").
  return !opensWithTask(first) && !CODE_LINE.some((pattern) => pattern.test(body[0]!));
}

/** "fix the grammar", "proofread please", "reply to the customer for me": the first line opens with a task. */
function opensWithTask(first: string): boolean {
  const verb = FIRST_WORD.exec(first)?.[1]?.toLowerCase() ?? '';
  return HEAVY_TASK_VERBS.has(verb) || LIGHT_TASK_VERBS.has(verb) || ['reply', 'respond', 'answer'].includes(verb);
}

/** Work asked on what follows: "can you make this friendlier", "reply to this for me:", a task first, or a line ending in a colon. */
const WORKS_ON_WHAT_FOLLOWS =
  /\b(?:make|rewrite|reword|rephrase|fix|reply to|respond to|answer|translate|proofread|polish|edit|shorten|tighten|summari[sz]e|improve|clean up|simplify)\b[^.?!]{0,30}\b(?:this|these|that|those|the following|below)\b|:\s*$/i;

function worksOnMaterial(first: string): boolean {
  return WORKS_ON_WHAT_FOLLOWS.test(first) || opensWithTask(first);
}

/**
 * An edit asked of the text after a colon on the same line, pointed at: "make this shorter: we are currently…", "translate
 * this to german: …" — not "convert our monolith to microservices: django app, 200 models…", which describes a system to build.
 */
const EDIT_OF_WHAT_FOLLOWS =
  /^\s*(?:pls |please |can you |could you |can u )?(?:make|rewrite|reword|rephrase|translate|proofread|polish|shorten|tighten|summari[sz]e)\s(?:[^:\n]{0,20}\s)?(?:this|these|it|that|the following|below)\b[^:\n]{0,30}:\s+(?=\S)/i;

/** Material on the ask's own line, after a colon the ask points at ("these notes: …") or that ends an edit asked of it. */
function inlineMaterial(line: string): PastedMaterial | undefined {
  const pointer = POINTS_AT_MATERIAL.exec(line) ?? EDIT_OF_WHAT_FOLLOWS.exec(line);
  if (!pointer) return undefined;
  const rest = line.slice(pointer.index + pointer[0].length);
  if (rest.length < 40) return undefined;
  const type = SYMBOL_DENSE.test(rest) ? 'code' : LEGAL_WORDS.test(rest) ? 'legal' : 'prose';
  return { ...describe([rest], type), inlineAsk: line.slice(0, pointer.index + pointer[0].length) };
}

/** Material quoted line by line (most lines marked) without its markers; otherwise as it is. */
function unquoted(lines: readonly string[]): readonly string[] {
  const marked = lines.filter((line) => QUOTE_MARKER.test(line)).length;
  return marked * 2 >= lines.length && marked > 0 ? lines.map((line) => line.replace(QUOTE_MARKER, '')).filter((line) => line.trim() !== '') : lines;
}

/**
 * Contract or policy text: its words with a numbered clause, a quotation or a defined term, or
 * defined terms enough on their own ("Employee assigns to the Company … using Company resources").
 */
function isLegalText(lines: readonly string[], joined: string): boolean {
  const definedTerms = joined.match(DEFINED_TERM)?.length ?? 0;
  if (definedTerms >= 3) return true;
  if (!LEGAL_WORDS.test(joined)) return false;
  if (definedTerms > 0 || lines.some((line) => NUMBERED_CLAUSE.test(line)) || /["“]/.test(joined)) return true;
  // Rules are a policy's only about people and their data ("shared accounts are prohibited"), not a runbook's ("nodes are reviewed weekly").
  return (joined.match(NORMATIVE)?.length ?? 0) >= 2 && POLICY_SUBJECT.test(joined);
}

function classifyLines(lines: readonly string[]): MaterialType | undefined {
  const share = (patterns: readonly RegExp[]) => lines.filter((line) => patterns.some((pattern) => pattern.test(line))).length / lines.length;
  const joined = lines.join('\n');
  if (isLegalText(lines, joined)) return 'legal';
  if (share(BLOB_LINE) >= 0.6) return 'blob';
  // A table has rows: one line with commas in it is a sentence.
  const scores: Array<[MaterialType, number]> = [['log', share(LOG_LINE)], ['code', share(CODE_LINE)], ['table', lines.length >= 2 ? share(TABLE_LINE) : 0]];
  const [type, best] = scores.reduce((a, b) => (b[1] > a[1] ? b : a));
  if (best >= 0.4) return type;
  if (lines.length >= 3 && joined.length >= 120) return 'prose';
  if (/["“][^"”]{40,}["”]/.test(joined)) return 'quote';
  return undefined;
}

function describe(lines: readonly string[], type: MaterialType): PastedMaterial {
  return { type, lines: lines.length, chars: lines.reduce((total, line) => total + line.length, 0) };
}
