import nlp from 'compromise';
import { brandKey } from './brand-key.ts';
import { createBoundedCache } from './bounded-cache.ts';
import { CHAT_OPS_WORDS } from './chat-ops-words.ts';
import { isDictionaryWord } from './english-dictionary.ts';
import { isAsciiOnly, isWhitespaceCode } from './text-scan.ts';

/** The slice of compromise's model this module reads; the library types `model()` as a bare object. */
interface CompromiseModel {
  one: { lexicon: Record<string, string | string[] | undefined> };
  two: {
    switches: Record<string, string | undefined>;
    /** Words that end organisation names ("Labs", "Bank") and place names ("Bay", "Heights"). */
    orgWords: Record<string, boolean | undefined>;
    placeWords: Record<string, boolean | undefined>;
  };
}

const model = nlp.model() as unknown as CompromiseModel;
const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'Honorific']);
const HONORIFIC = /^(?:Dr|Mr|Mrs|Ms|Mx|Prof|Sir|Dame|Jr|Sr)\.?$/;

/** Lower-case words that may sit inside a name ("Ludwig van Beethoven", "Fatima bin Ali"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['van', 'von', 'de', 'da', 'del', 'der', 'den', 'di', 'la', 'le', 'bin', 'al', 'ibn', 'dos', 'du', 'dela', 'delos', 'delas', 'des']);

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

const VERB_TAGS = new Set(['Verb', 'PastTense', 'PresentTense', 'Copula', 'Modal', 'Auxiliary', 'Participle']);

/** The lexicon is unaccented ("siobhan", "sao paulo"); fold diacritics only when the word itself is missing. */
function lexiconEntry(key: string): string | string[] | undefined {
  const lower = key.toLowerCase();
  const entry = ownLexiconEntry(lower);
  if (entry !== undefined || isAsciiOnly(lower)) return entry;
  return ownLexiconEntry(lower.normalize('NFD').replace(/\p{M}+/gu, ''));
}

/**
 * compromise's entry for a lower-case word. The lexicon is a plain object: a word a message holds can
 * be one of its inherited properties ("constructor" is Object's constructor, a function), so only its
 * own string or array entries count.
 */
export function ownLexiconEntry(lower: string): string | string[] | undefined {
  const entry = ownEntry(model.one.lexicon, lower);
  return typeof entry === 'string' || Array.isArray(entry) ? entry : undefined;
}

/** A table's own entry for a key, never an inherited property ("constructor", "toString"). */
function ownEntry<Value>(table: Readonly<Record<string, Value>>, key: string): Value | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** Every detector asks about the same capitalised words; remember the answer per word. */
const tagCache = createBoundedCache<string[]>(65_536);

function lexiconTags(word: string): string[] {
  let tags = tagCache.get(word);
  if (tags === undefined) {
    const entry = lexiconEntry(word);
    tags = entry === undefined ? [] : typeof entry === 'string' ? [entry] : [...entry];
    tagCache.set(word, tags);
  }
  return tags;
}

const NO_TAGS: readonly string[] = [];
/** Split once per switch entry; most words have none and share NO_TAGS (this runs several times per word). */
const splitSwitches = new Map<string, readonly string[]>();

function switchTags(word: string): readonly string[] {
  const entry = ownEntry(model.two.switches, word.toLowerCase());
  if (typeof entry !== 'string') return NO_TAGS;
  let tags = splitSwitches.get(entry);
  if (tags === undefined) {
    tags = entry.split('|');
    splitSwitches.set(entry, tags);
  }
  return tags;
}

/**
 * What the lexicon says about one word as written. The name passes ask these questions about the same
 * words many times per message; the answers depend on the word alone, so they are settled once per word.
 */
export interface LexiconFacts {
  knownName: boolean;
  honorific: boolean;
  common: boolean;
  unknown: boolean;
  product: boolean;
  verb: boolean;
  pastTense: boolean;
  /** In the English word list or the chat-ops vocabulary, whatever compromise says. */
  englishWord: boolean;
}

const wordFacts = createBoundedCache<LexiconFacts>(65_536);

export function lexiconFacts(word: string): LexiconFacts {
  let facts = wordFacts.get(word);
  if (facts === undefined) {
    const lower = word.toLowerCase();
    const tags = lexiconTags(word);
    const switches = switchTags(word);
    const product = PRODUCT_WORDS.has(lower);
    const pastTense = tags.includes('PastTense') || switches.includes('Past') || isUnchangedPast(lower);
    facts = {
      knownName: !product && (tags.some((tag) => NAME_TAGS.has(tag)) || switches.some((tag) => NAME_TAGS.has(tag))),
      honorific: HONORIFIC.test(word),
      common: EVERYDAY_WORD_NAMES.has(lower) || tags.some((tag) => !NAME_TAGS.has(tag)),
      unknown: tags.length === 0 && switches.length === 0,
      product,
      verb: pastTense || tags.some((tag) => VERB_TAGS.has(tag)) || switches.some((tag) => tag === 'Present'),
      pastTense,
      englishWord: isDictionaryWord(lower) || CHAT_OPS_WORDS.has(lower),
    };
    wordFacts.set(word, facts);
  }
  return facts;
}

/**
 * "put", "set", "read", "quit": the verbs whose past is their plain form, which the lexicon files as a plain
 * verb or a noun only — "Priya put the trip on her card" has its verb. A closed class of English grammar,
 * listed as the function words are: compromise's conjugator also gives "kid", "pet" and "boot" an unchanged
 * past, so it cannot be asked.
 */
const UNCHANGED_PAST: ReadonlySet<string> = new Set(
  'bet bid broadcast burst cast cost cut fit forecast hit hurt input knit let output put quit read rid set shed shut slit split spread thrust upset'.split(' '),
);

function isUnchangedPast(lower: string): boolean {
  return UNCHANGED_PAST.has(lower);
}

/** Compromise's lexicon lists it as a first name, surname or honorific, and it is not a product name. */
export function isKnownNameWord(word: string): boolean {
  return lexiconFacts(word).knownName;
}

const GIVEN_NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);

/** Compromise lists it as a first name ("Ben", "Alice"), not only a surname ("Smith") or a rarer name it has never heard of. */
export function isLexiconGivenName(word: string): boolean {
  return lexiconTags(word).some((tag) => GIVEN_NAME_TAGS.has(tag));
}

/** A name word of compromise's lexicon: a first name, surname or honorific (isKnownNameWord), or any word it tags as a first name. */
export function isLexiconNameWord(word: string): boolean {
  return isLexiconGivenName(word) || isKnownNameWord(word);
}

/** Also an ordinary word ("Will", "Mark", "April", "Frank"): trust it only when capitalised mid-sentence. */
export function isCommonWord(word: string): boolean {
  return lexiconFacts(word).common;
}

/** Compromise has never heard of it: a rare name ("Oluwaseun"), a product, or a typo. */
export function isUnknownWord(word: string): boolean {
  return lexiconFacts(word).unknown;
}

export function isProductWord(word: string): boolean {
  return lexiconFacts(word).product;
}

/**
 * The organisation and place words of compromise's model, as one set. The model's tables are plain objects
 * with a few hundred keys: looking a word up there first interns the word, which costs more than a set
 * lookup, and the name passes ask about every capitalised word several times.
 */
const ORG_OR_PLACE_WORDS: ReadonlySet<string> = new Set(
  [model.two.orgWords, model.two.placeWords].flatMap((table) => Object.keys(table).filter((word) => table[word] === true)),
);

/** "Labs", "Bank", "Heights": words that end organisation and place names in compromise's model. */
export function isOrgOrPlaceWord(word: string): boolean {
  return ORG_OR_PLACE_WORDS.has(word.toLowerCase());
}

/** A multi-word lexicon entry that is not a person ("New York", "Kuala Lumpur", "Goldman Sachs"). */
export function isKnownNonNamePhrase(phrase: string): boolean {
  const tags = lexiconTags(withSingleSpaces(phrase));
  return tags.length > 0 && tags.some((tag) => !NAME_TAGS.has(tag));
}

/**
 * The phrase with each run of whitespace made one space. Phrases cut from a message are mostly words
 * one space apart already: checked in a loop, they are handed back as they are, with no pattern run.
 */
function withSingleSpaces(phrase: string): string {
  for (let index = 0; index < phrase.length; index += 1) {
    const code = phrase.charCodeAt(index);
    if (!isWhitespaceCode(code)) continue;
    if (code !== 32 || isWhitespaceCode(phrase.charCodeAt(index + 1))) return phrase.replace(/\s+/g, ' ');
  }
  return phrase;
}

/** "is", "said", "wrote", "joined" (a past participle the lexicon files as an adjective). */
export function isVerbForm(word: string): boolean {
  return lexiconFacts(word).verb;
}

/** "pushed", "said", "left": a past-tense verb in compromise's lexicon. */
export function isPastTenseVerb(word: string): boolean {
  return lexiconFacts(word).pastTense;
}

/** Compromise knows it as an adverb ("just", "also") or it has the regular -ly form. */
export function isAdverb(word: string): boolean {
  return /ly$/.test(word) || lexiconTags(word).includes('Adverb');
}

/** compromise files the words under a region or country ("Texas", "north carolina", "Bavaria", "India"). */
export function isRegionInLexicon(words: string): boolean {
  const tags = lexiconTags(words);
  return tags.includes('Region') || tags.includes('Country');
}

let knownFirms: ReadonlySet<string> | undefined;
let firmWords: ReadonlySet<string> | undefined;

/**
 * Firms compromise's lexicon knows by names joined with "&" ("johnson & johnson", "procter & gamble", "ben &
 * jerry's"), folded as brandKey folds them ("Ben & Jerry's" and "ben &jerrys" meet). Its other firms of two
 * words or more ("Goldman Sachs", "Fannie Mae") are read with the brands (known-brands.ts), as people's names
 * first; one-word firms ("ford", "dell") are surnames.
 */
export function isKnownFirmName(words: string): boolean {
  knownFirms ??= loadKnownFirms();
  return knownFirms.has(brandKey(words));
}

/** Whether a word (as brandKey folds it) is part of any firm isKnownFirmName knows: most names are in none. */
export function isKnownFirmWord(word: string): boolean {
  knownFirms ??= loadKnownFirms();
  firmWords ??= new Set([...knownFirms].flatMap((firm) => firm.split(' ')));
  return firmWords.has(brandKey(word));
}

function loadKnownFirms(): ReadonlySet<string> {
  return new Set(organisationEntries().filter((key) => key.includes('&')).map(brandKey));
}

/**
 * The organisations compromise's lexicon names in two words or more ("goldman sachs", "dow jones"), lower case —
 * not those joined by "&", which isKnownFirmName answers with its own rules.
 */
export function multiWordOrganisations(): string[] {
  return organisationEntries().filter((key) => key.includes(' ') && !key.includes('&'));
}

function organisationEntries(): string[] {
  return Object.entries(model.one.lexicon)
    .filter(([, entry]) => entry === 'Organization' || (Array.isArray(entry) && entry.includes('Organization')))
    .map(([key]) => key);
}

