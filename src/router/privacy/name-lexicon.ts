import nlp from 'compromise';

/** The slice of compromise's model this module reads; the library types `model()` as a bare object. */
interface CompromiseModel {
  one: { lexicon: Record<string, string | string[] | undefined> };
  two: { switches: Record<string, string | undefined> };
}

const model = nlp.model() as unknown as CompromiseModel;
const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'Honorific']);
const HONORIFIC = /^(?:Dr|Mr|Mrs|Ms|Mx|Prof|Sir|Dame|Jr|Sr)\.?$/;

/** Lower-case words that may sit inside a name ("Ludwig van Beethoven", "Fatima bin Ali"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['van', 'von', 'de', 'da', 'del', 'der', 'den', 'di', 'la', 'le', 'bin', 'al', 'ibn', 'dos', 'du']);

export function isHonorific(word: string): boolean {
  return HONORIFIC.test(word);
}

/**
 * Capitalised words that compromise knows as names but that, in chat-ops, are almost always
 * products, languages or models ("ask Claude", "Jenkins is red"). Colleagues with these names
 * are still caught through the member directory.
 */
const PRODUCT_WORDS = new Set([
  'claude', 'gemini', 'llama', 'mistral', 'copilot', 'jenkins', 'travis', 'ruby', 'julia', 'ada', 'pascal',
  'hugo', 'jasper', 'cassandra', 'kafka', 'swift', 'rust', 'chef', 'puppet', 'alexa', 'siri', 'cortana',
  'phoenix', 'apollo', 'hermes', 'atlas', 'orion', 'sentry', 'heroku', 'django', 'rails', 'grafana', 'jira',
  'linux', 'ubuntu', 'debian', 'fedora', 'alpine', 'redis', 'docker', 'helm', 'vault', 'consul', 'nomad',
]);

/**
 * Names that are also everyday chat words and that compromise's lexicon files under the name only
 * ("mark" the ticket, "grant" access, "chase" the vendor). Its switch table lists many more
 * (bob, pat, grace…), but those are rarely verbs in practice, and a missed colleague costs more.
 */
const EVERYDAY_WORD_NAMES = new Set(['mark', 'grant', 'chase', 'will', 'may', 'sue', 'don', 'drew', 'ray', 'jack', 'gene', 'bill', 'pat']);

function lexiconTags(word: string): string[] {
  const entry = model.one.lexicon[word.toLowerCase()];
  return entry === undefined ? [] : typeof entry === 'string' ? [entry] : [...entry];
}

function switchTags(word: string): string[] {
  return model.two.switches[word.toLowerCase()]?.split('|') ?? [];
}

/** Compromise's lexicon lists it as a first name, surname or honorific, and it is not a product name. */
export function isKnownNameWord(word: string): boolean {
  if (PRODUCT_WORDS.has(word.toLowerCase())) return false;
  return [...lexiconTags(word), ...switchTags(word)].some((tag) => NAME_TAGS.has(tag));
}

/** Also an ordinary word ("Will", "Mark", "April", "Frank"): trust it only when capitalised mid-sentence. */
export function isCommonWord(word: string): boolean {
  return EVERYDAY_WORD_NAMES.has(word.toLowerCase()) || lexiconTags(word).some((tag) => !NAME_TAGS.has(tag));
}

/** Compromise has never heard of it: a rare name ("Oluwaseun"), a product, or a typo. */
export function isUnknownWord(word: string): boolean {
  return lexiconTags(word).length === 0 && switchTags(word).length === 0;
}

export function isProductWord(word: string): boolean {
  return PRODUCT_WORDS.has(word.toLowerCase());
}
