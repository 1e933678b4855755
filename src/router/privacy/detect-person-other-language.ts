import { ENGLISH, LANGUAGES, NOUN_CAPITALISING } from './function-words.ts';
import { foldName, isHumanName } from './human-names.ts';
import { isBrandName } from './known-brands.ts';
import { isClippedLocaleGivenName, isGivenNameInAnyLanguage, isLocaleGivenName } from './locale-given-names.ts';
import { isDictionaryWord } from './english-dictionary.ts';
import { isFrequentLowercaseLetterWord, isFrequentLowercaseWord } from './frequent-words.ts';
import { isPlaceName } from './place-names.ts';
import { STREET_WORDS_FIRST } from './street-names.ts';
import { adjacent } from './name-given-tokens.ts';
import { isOrgOrPlaceWord } from './name-lexicon.ts';
import type { Token } from './recall-words.ts';
import { isSentenceStart } from './sentence-position.ts';
import { isInflectedGivenName } from './inflected-given-names.ts';
import { isOtherLanguageCalendarWord } from './calendar-words.ts';
import { personBetween, type Candidate } from './types.ts';

/**
 * Names inside a message in another language, where a word the English list lacks is that language's
 * word and says nothing. What still says "person" there is a capitalised run that holds a given name the
 * names list knows, standing where a name stands:
 * - "Ik heb Pieter Jansen gebeld", "Jag pratade med Sven Lindqvist", "Ich habe mit Thomas Müller gesprochen";
 * - one given name mid-sentence that is no English word or place, in a language that writes its nouns in
 *   lower case ("Heb je Pieter gezien?"), or in one of its cases ("Rékának szólok", inflected-given-names.ts);
 *   in German every noun is capitalised, so a name needs two words;
 * - a given name and a surname where only the surname is listed ("Drita Hoxha do jetë…"), not opening a
 *   sentence of a listed language (its greetings: "Joyeux Noël à toute l'équipe");
 * - two lower-case names joined by the language's "and" that open a sentence ("einar og sigga eru í fríi");
 * - never after an article or a preposition of place ("im Büro Hamburg", "in Sala Verde", "i Gamla Stan"),
 *   and one word never after "of" or "from" ("il team di Milano"):
 *   what follows those is a thing or a place. Not Italian "a" nor Portuguese "o"/"a": "chiesto a Federica",
 *   "o João disse" put them before people too.
 * Cues, titles and lists of people are read by the other passes in any language.
 */
const THING_BEFORE: Readonly<Record<string, ReadonlySet<string>>> = {
  de: set('der die das den dem des ein eine einen einem einer im am ins zum zur beim vom in'),
  nl: set('de het een in op bij naar'),
  sv: set('i på den det en ett'),
  da: set('i på den det en et'),
  no: set('i på den det en et'),
  it: set('il lo la gli le un una uno nel nella nei in al alla'),
  es: set('el la los las un una en al'),
  pt: set('os as um uma em no na ao'),
  fr: set('le la les un une au aux en dans'),
  pl: set('w na'),
};
/** "team di Milano", "kantoor van Utrecht", "Grüße aus Hamburg": one capitalised word after "of" or "from" is a place. */
const ORIGIN_BEFORE: Readonly<Record<string, ReadonlySet<string>>> = {
  de: set('von vom aus'),
  nl: set('van uit'),
  sv: set('från av'),
  da: set('fra af'),
  no: set('fra av'),
  it: set('di da del della dal dalla'),
  es: set('de del desde'),
  pt: set('de do da dos das'),
  fr: set('de du des'),
  pl: set('z ze'),
};
/**
 * Forms of address that stand before a name ("Frau Yıldız", "Pak Budi", "Bu Ratna", "Mas Joko", "Pani
 * Nowak", "Sra. Gómez", "Mme Lefèvre") or, in Turkish, after it ("Deniz Hanım", "Mert Bey'e"): what they
 * touch is a person, whatever the names list says.
 */
const HONORIFIC_BEFORE: Readonly<Record<string, ReadonlySet<string>>> = {
  de: set('herr herrn frau'),
  id: set('pak bu ibu bapak mas mbak bang abang kak kakak'),
  pl: set('pan pani pana panią panem panu'),
  es: set('sr sra srta señor señora don doña lic ing'),
  pt: set('sr sra senhor senhora dona'),
  fr: set('m mme mlle monsieur madame tonton'),
  it: set('sig signor signora dott dottoressa avv ing'),
  nl: set('dhr mevr meneer mevrouw mw heer'),
  // Swahili's and Lingala's elders' and parents' names for colleagues ("Bwana Kamau", "Mama Achieng", "Tata Mbuyi") and the
  // titles of Nigerian English ("Oga Tunde", "Aunty Bisi", "Engr. Sadiq"). Not Portuguese "seu" ("o seu Windows" is "your
  // Windows") nor "mano" (bro), nor "papa" ("Papa Noël").
  sw: set('bi bw mzee bwana mama baba mwalimu dada kaka'),
  ln: set('mama tata koko'),
  pcm: set('oga madam aunty auntie uncle mummy alhaji alhaja chief engr barr pastor'),
  hr: set('gospodin gospođa g gđa'),
  // Czech and Slovak "pan/paní/pane", Romanian "doamna/domnul" (and "dl."/"dna."), Georgian "batono/kalbatono", Armenian
  // "paron/tikin", written before a colleague's name in English too ("kalbatono Eka from the cleaning company").
  cs: set('pan paní pane'),
  ro: set('doamna domnul dl dna'),
  ka: set('batono kalbatono'),
  hy: set('paron tikin'),
  ms: set('encik cik puan tuan dato datin'),
  // Tagalog and Catalan mark a person with an article of their own: "si Maricel", "kay Jun", "en Pau", "na Núria"; Filipinos
  // call elders and colleagues by kinship ("Ate Joy", "Kuya Jun", "Tita Marites").
  tl: set('si ni kay ate kuya tita tito'),
  ca: set('en na'),
  // Vietnamese and Thai forms of address, written before a name in English messages too ("anh Quân", "khun Somchai").
  vi: set('anh chị ông bà cô chú'),
  th: set('khun'),
};

/** Every language's forms of address written before a name, and whether each is written abbreviated (with its period). */
export function formsOfAddressBefore(): ReadonlyMap<string, { abbreviated: boolean }> {
  const forms = new Map<string, { abbreviated: boolean }>();
  for (const words of Object.values(HONORIFIC_BEFORE)) for (const word of words) forms.set(word, { abbreviated: ABBREVIATED.has(word) });
  return forms;
}
const HONORIFIC_AFTER: Readonly<Record<string, ReadonlySet<string>>> = { tr: set('bey hanım hanim') };
const NONE: ReadonlySet<string> = new Set();
/** Abbreviated forms of address are written with their period: "M. Dupont", not "5 M Euros". */
const ABBREVIATED = new Set(['m', 'sr', 'sra', 'srta', 'sig', 'dott', 'dhr', 'mevr', 'mw', 'bi', 'bw', 'g', 'gđa', 'lic', 'ing', 'avv', 'engr', 'barr', 'dl', 'dna']);
/** A message in another language whose function words name none of the listed languages. */
export const UNKNOWN_LANGUAGE = '';
const PLURAL_ARTICLES: ReadonlySet<string> = new Set(['los', 'las']);
/** "Ana Beatriz Souza e Silva": given names, surnames and the particles between them. */
const MAXIMUM_RUN = 6;

/**
 * Zulu and Xhosa write a name with its noun-class prefix joined to it, in lower case: "uSibusiso akekho",
 * "nithinte uZanele", "kuThandeka", "noLwazi". The capitalised part after the prefix is the name.
 */
const NGUNI_PREFIXED = /(?<![\p{L}\d])(?:u|ku|ka|no|ngu|kwa|ka)(\p{Lu}[\p{Ll}'’-]{2,})(?![\p{L}\d])/gu;

function prefixedNguniNames(text: string): Candidate[] {
  return [...text.matchAll(NGUNI_PREFIXED)].map((match) => personBetween(text, match.index + match[0].length - match[1]!.length, match.index + match[0].length));
}

/**
 * Hindi typed in Latin letters marks a person with a case particle or a form of address after the name,
 * and chat types names in lower case: "asha ne bola", "kiran ko bolo", "amar sir ne pucha", "neha ji". A
 * listed first name no dictionary holds, three letters or more, right before one.
 */
const HINDI_MARKERS: ReadonlySet<string> = new Set('ne ji sir madam bhai bhaiya didi sahab saab'.split(' '));
/**
 * "ko" also marks a time ("shaam ko meeting hai"): a person only before what is asked of them ("kiran ko bolo",
 * "rohit ko bhej do"). "se" is left out: it makes adverbs too ("dhyan se dekho", "khushi se").
 */
const ASKED_AFTER_KO: ReadonlySet<string> = new Set('bolo bol bolna batao bata batana bhejo bhej bhejna do de dena kaho kehna pucho puchho poochho call ping message mail forward remind yaad'.split(' '));

/**
 * After "ke", what makes it a postposition about someone: "rohit ke liye" (for Rohit), "neha ke saath" (with), "amit ke paas"
 * (at), "priya ke baare mein" (about). Not the possessive alone: "kiran ki tarah" is "like a ray (of hope)".
 */
const AFTER_KE: ReadonlySet<string> = new Set('liye saath sath paas pas baare bare'.split(' '));

function isHindiMarker(tokens: readonly Token[], index: number): boolean {
  const marker = tokens[index]!.lower;
  const next = tokens[index + 1];
  if (marker === 'ke' && next !== undefined && AFTER_KE.has(next.lower)) return true;
  return HINDI_MARKERS.has(marker) || (marker === 'ko' && ASKED_AFTER_KO.has(next?.lower ?? ''));
}

function markedHindiNames(text: string, tokens: readonly Token[]): Candidate[] {
  const found: Candidate[] = [];
  for (let index = 0; index + 1 < tokens.length; index += 1) {
    const [name, marker] = [tokens[index]!, tokens[index + 1]!];
    if (!isHindiMarker(tokens, index + 1) || !adjacent(text, name, marker) || name.text.length < SHORTEST_LOWER_CASE_NAME) continue;
    if (name.kind === 'ordinary' || name.functionLanguages.length > 0 || name.facts.tool || isOrgOrPlaceWord(name.lower) || !isGivenNameInAnyLanguage(name.text)) continue;
    found.push(personBetween(text, name.start, name.end));
  }
  return found;
}

/**
 * Two people typed in lower case and joined by the language's "and", opening a sentence and doing
 * something: "ziga in tina bosta danes…", "einar og sigga eru í fríi", "rhys a cerys yn gweithio",
 * "hibo iyo cumar maanta…". Each is a word no dictionary holds, three letters or more, one of them a
 * listed name — both, in a language the function words name ("luz e água" is Portuguese for light and
 * water); a word must follow (the pair is the sentence's subject, not a phrase of its own).
 */
const AND_WORDS: ReadonlySet<string> = new Set('and y e i u a in og och en und et és ja ir un agus iyo va ve na dan at kaj'.split(' '));
const SHORTEST_LOWER_CASE_NAME = 3;

function coordinatedLowerCaseNames(text: string, tokens: readonly Token[], language: string): Candidate[] {
  const found: Candidate[] = [];
  for (let index = 0; index + 3 < tokens.length; index += 1) {
    const [left, and, right, next] = [tokens[index]!, tokens[index + 1]!, tokens[index + 2]!, tokens[index + 3]!];
    if (!isLowerCaseNameWord(left) || !AND_WORDS.has(and.text) || !isLowerCaseNameWord(right) || !isSentenceStart(text, left.start)) continue;
    if (!adjacent(text, left, and) || !adjacent(text, and, right) || !adjacent(text, right, next) || next.style !== 'lower') continue;
    // In a language the lists know, both must be listed: "luz e água", "jade et ivoire" are that language's words.
    if (language === UNKNOWN_LANGUAGE ? !isGivenNameInAnyLanguage(left.text) && !isGivenNameInAnyLanguage(right.text) : !isGivenNameInAnyLanguage(left.text) || !isGivenNameInAnyLanguage(right.text)) continue;
    found.push(personBetween(text, left.start, left.end), personBetween(text, right.start, right.end));
  }
  return found;
}

function isLowerCaseNameWord(token: Token): boolean {
  return token.style === 'lower' && token.kind !== 'ordinary' && token.text.length >= SHORTEST_LOWER_CASE_NAME && token.functionLanguages.length === 0 && !isOrgOrPlaceWord(token.lower);
}

/**
 * Thanked by name in the language's own words: "kiitos Eetu!", "Mahadsanid Sahra oo…", "hvala Marku",
 * "eskerrik asko Aitor", "dankie Pieter". A capitalised word right after the thanks that is no function
 * word, tool, firm or place is the one thanked; the thanks of every language are one closed list.
 */
const THANKS_BEFORE =
  /(?:^|[^\p{L}])(?:kiitos|kiitti|aitäh|tänan|köszönöm|köszi|mulțumesc|multumesc|mersi|děkuji|dekuji|díky|diky|ďakujem|dakujem|vďaka|hvala|ačiū|aciu|paldies|takk|tack|faleminderit|diolch|grazzi|dankie|eskerrik asko|na gode|mahadsanid|rahmat|təşəkkürlər|təşəkkür|teşekkürler|cảm ơn|cam on|obrigad[oa]|gracias|merci|grazie|danke|dank je|dziękuję|dziekuje|asante|salamat|terima kasih|go raibh maith agat)[ \t]*[,!]?[ \t]+$/iu;
const THANKS_REACH = 24;

function thankedNames(text: string, tokens: readonly Token[]): Candidate[] {
  const found: Candidate[] = [];
  for (const token of tokens) {
    if (!token.titleCase || token.kind !== 'name' || token.particle || token.functionLanguages.length > 0 || token.facts.tool || isOrgOrPlaceWord(token.lower)) continue;
    if (THANKS_BEFORE.test(text.slice(Math.max(0, token.start - THANKS_REACH), token.start))) found.push(personBetween(text, token.start, token.end));
  }
  return found;
}

export function detectOtherLanguageNames(text: string, tokens: readonly Token[], language: string): Candidate[] {
  const found: Candidate[] = language === 'zu' ? prefixedNguniNames(text) : language === 'hi' ? markedHindiNames(text, tokens) : [];
  found.push(...coordinatedLowerCaseNames(text, tokens, language), ...thankedNames(text, tokens), ...lowerCaseNamesAfterArticles(text, tokens, language));
  if (language === 'es') found.push(...namesAfterDativeVerbs(text, tokens));
  if (LOWER_CASE_ARTICLES[language] !== undefined) found.push(...lowerCaseNamesOpening(text, tokens, language));
  if (STATE_AFTER_SUBJECT[language] !== undefined) found.push(...lowerCaseSubjectsOpening(text, tokens, STATE_AFTER_SUBJECT[language]));
  const thingBefore = THING_BEFORE[language] ?? new Set<string>();
  let index = 0;
  while (index < tokens.length) {
    // "kay Ito", "si Lang": after the language's own form of address, a capitalised word is someone even
    // when it also spells one of the language's words ("ito" is Tagalog for "this").
    if (isAddressedWord(text, tokens, index, HONORIFIC_BEFORE[language] ?? NONE)) {
      found.push(personBetween(text, tokens[index]!.start, tokens[index]!.end));
      index += 1;
      continue;
    }
    // "Bi. Achieng", "Dhr. Jansen": the form of address is not the first word of the name; the run after it is.
    if (HONORIFIC_BEFORE[language]?.has(tokens[index]!.lower) === true && ABBREVIATED.has(tokens[index]!.lower) && text[tokens[index]!.end] === '.') {
      index += 1;
      continue;
    }
    const last = runEnd(text, tokens, index, language);
    if (last < 0) {
      index += 1;
      continue;
    }
    const addressed = addressedName(text, tokens, index, last, HONORIFIC_BEFORE[language] ?? NONE, HONORIFIC_AFTER[language] ?? NONE);
    if (addressed !== undefined) {
      found.push(addressed);
      index = last + 1;
      continue;
    }
    const run = tokens.slice(index, last + 1).filter((token) => !token.particle);
    const before = index > 0 && adjacent(text, tokens[index - 1]!, tokens[index]!) ? tokens[index - 1]!.lower : '';
    const originBefore = run.length === 1 && (ORIGIN_BEFORE[language]?.has(before) ?? false);
    const owned = index > 1 && adjacent(text, tokens[index - 2]!, tokens[index - 1]!) ? tokens[index - 2]!.lower : '';
    const placeBefore = thingBefore.has(before) || (originBefore && !(OWNED_THINGS.has(owned) && isOwnerAfterOf(text, run[0]!)));
    if ((!placeBefore && isNameRun(text, run, language)) || isPersonAfterArticle(text, before, run, language) || (run.length === 1 && isGermanLoneName(text, before, run[0]!, language))) {
      found.push(personBetween(text, tokens[index]!.start, tokens[last]!.end));
      index = last + 1;
    } else {
      // Where every noun is capitalised, one may open the run ("der Fahrer Tobias Bauer kommt"): a given name and a surname after
      // it are tried on their own — two words or more. Elsewhere such a run is a place or an institution named after someone
      // ("Universidad Rey Juan Carlos", "Estadio Santiago Bernabéu").
      // A capitalised noun opening a sentence joins a name through the particle after it ("Cédula de Martina Rodríguez…",
      // "Contrato de Priya Sharma"): the run after the particle is tried on its own — not after a place's or a firm's word
      // ("Universidad de Santiago", "Banco de Bogotá").
      index = NOUN_CAPITALISING.has(language) && last - index >= 2 ? index + 1 : headBeforeParticle(tokens, index, last) ? index + 2 : last + 1;
    }
  }
  return found;
}

/**
 * Spanish and Portuguese chat put the article before a person's name ("el Gonza se va…", "la Feña", "a Thaís vai te ligar",
 * "o número da Albertina"), as before a thing's: a lone listed given name there is someone — not a place (accents or none:
 * "el León" plays football, "la Victoria" is a district of Lima), a brand, a firm's word, an English word, or one of the
 * names that are everyday nouns in both languages ("la Paz", "el Sol", "la Cruz Roja", "la Esperanza"), a feast ("la Inmaculada
 * es puente") or the weather ("el Niño").
 */
const PERSON_ARTICLES: Readonly<Record<string, ReadonlySet<string>>> = { es: set('el la'), pt: set('o a da do na no') };
const NOUN_NAMES = set(
  'marina luz rosa paz sol mar gloria esperanza esperança dolores dores cruz pilar reina rey victoria vitória vitoria alegria alegría amor angel ángel anjo cielo céu estrella estrela flor perla pérola rocío consuelo mercedes socorro fe caridad caridade milagros soledad remedios concepción conceição asunción luna lua paloma prado nieves neves aurora iris violeta margarida margarita jazmín azucena salvador jesús jesus cristo santos reyes reis trinidad natividad dulce blanca branca clara celeste serena amparo felicidade bonita linda bela primavera verano verão niño nino inmaculada serra sierra selva brisa baía bahía praia playa montanha montaña laguna concha joya',
);

/** Street words that open a street's name after "na", "la", "el" ("na Rua Oscar Freire", "la Avenida Bolívar"), given names too. */
const STREET_WORDS: ReadonlySet<string> = new Set(STREET_WORDS_FIRST);

function isPersonAfterArticle(text: string, before: string, run: readonly Token[], language: string): boolean {
  const name = run[0]!;
  if (PERSON_ARTICLES[language]?.has(before) !== true || !name.titleCase || NOUN_NAMES.has(name.lower) || STREET_WORDS.has(name.lower)) return false;
  // A given name of the locale lists may be a frequent word or a place's word elsewhere ("Hugo", "Santi", "Diego"): alone after the
  // article it is the name; a run's first word is no place's ("na Rua Oscar Freire").
  const localeGiven = isLocaleGivenName(name.text) && !isDictionaryWord(name.lower);
  if (name.kind === 'ordinary' && !localeGiven) return false;
  // "vamos no Bob's": an English possessive after it is a shop's name.
  const last = run[run.length - 1]!;
  if (/^['’]s\b/u.test(text.slice(last.end, last.end + 3)) || /['’]s$/u.test(last.text)) return false;
  // "la Lucía Techera", "a Fernanda Lima Albuquerque": a given name and surnames, none a place ("la Sierra Nevada").
  if (run.slice(1).some((word) => word.kind === 'ordinary' || isPlaceName(word.text) || isOrgOrPlaceWord(word.lower))) return false;
  const plain = name.text.normalize('NFD').replace(/\p{M}+/gu, '');
  // A shop or a firm may bear a common given name too ("Diego", "Bruna"): alone after the person's article, the name is the person's.
  const lone = localeGiven && run.length === 1;
  return isGivenNameInAnyLanguage(name.text) && !isPlaceName(name.text) && !isPlaceName(plain) && (lone || (!isBrandName(name.text) && !isOrgOrPlaceWord(name.lower)));
}

/**
 * The same article before a given name typed in lower case, as chat types it: "la coni y el benja", "a thaís pediu", "falei com o
 * joão", "manda pro caio", "el dni de la juli". Only a first name of the locale lists, no word of any listed language, no English or
 * frequent web word ("la vida", "o dia", "el memo"), no place; and only in Spanish and Portuguese, whose chat writes people so.
 * Like every rule here, these read only a message whose function words say it is in the language: a fragment alone ("la coni")
 * says no language, and the English passes read it.
 */
const LOWER_CASE_ARTICLES: Readonly<Record<string, ReadonlySet<string>>> = { es: set('el la del al'), pt: set('o a da do na no pro pra') };

function lowerCaseNamesAfterArticles(text: string, tokens: readonly Token[], language: string): Candidate[] {
  const articles = LOWER_CASE_ARTICLES[language];
  if (articles === undefined) return [];
  const found: Candidate[] = [];
  for (let index = 1; index < tokens.length; index += 1) {
    const [article, name] = [tokens[index - 1]!, tokens[index]!];
    if (!articles.has(article.text) || name.style !== 'lower' || !adjacent(text, article, name) || FEAST_NAMES.has(name.lower) || !isLowerCaseGivenName(name)) continue;
    // A clipped name before "de" is a noun's phrase as often ("la cata de vinos"): a clipped name needs no "of" after it.
    if (!isLocaleGivenName(name.text) && !isDiminutiveOfLocaleName(name.lower) && OF_AFTER.test(text.slice(name.end, name.end + 5))) continue;
    found.push(personBetween(text, name.start, name.end));
  }
  return found;
}

/**
 * Given names that, in lower case after the article, name a feast or a devotion as often: "la guadalupe", "na graça de deus", "el
 * belén de la oficina", "el rosario" ("la inmaculada" and "el niño" are NOUN_NAMES', capitalised too).
 */
const FEAST_NAMES = set('guadalupe graça gracia belén belen rosario fátima fatima lourdes');
const OF_AFTER = /^ (?:de|do|da|del|dos|das)\b/u;
/** Portuguese and Spanish diminutives of a name: "pedrinho" (Pedro), "carlinhos", "juanito", "anita" (Ana), "joaozinho". */
const DIMINUTIVE = /^(\p{Ll}{2,}?)(?:z?inh[oa]s?|c?it[oa])$/u;

function isDiminutiveOfLocaleName(lower: string): boolean {
  const stem = DIMINUTIVE.exec(lower)?.[1];
  return stem !== undefined && stem.length >= 2 && ['', 'o', 'a', 's', 'os'].some((ending) => !NOUN_NAMES.has(stem + ending) && isLocaleGivenName(stem + ending));
}

/** The web's word list vouches for words of four letters or more; shorter given names are words as often ("o dia", "el mar"). */
const SHORTEST_LOWER_CASE_NAME_AFTER_ARTICLE = 4;

/**
 * A given name typed in lower case opening a Spanish or Portuguese message or sentence, addressed or doing something: before a
 * comma ("rafa, o cartão…"), after an interjection and before a comma ("che ricky, pasame…", "q onda paco, ya viste…"), or before
 * one of the language's auxiliaries or clitics ("milagros me confirmó…", "joão já mandou"). The same names as after the article.
 */
const INTERJECTIONS_BEFORE = /(?:^|[\n.!?¡¿'"“])[ \t]*(?:che|oye|oi|ey|hey|hola|ola|olá|buenas|bom dia|buen día|buenos días|q onda|qué onda|que onda|epa|opa|wey|güey)[ \t,]+$/iu;

function lowerCaseNamesOpening(text: string, tokens: readonly Token[], language: string): Candidate[] {
  const found: Candidate[] = [];
  for (const token of tokens) {
    if (token.style !== 'lower') continue;
    const comma = text[token.end] === ',';
    const opening = isSentenceStart(text, token.start);
    const called = comma && (opening || INTERJECTIONS_BEFORE.test(text.slice(Math.max(0, token.start - 16), token.start)));
    // Called, only a name the locale lists hold: clipped and diminutive forms meet the words of address ("che gorda,", "miga,").
    const named = called ? mayBeLowerCaseName(token, SHORTEST_LOWER_CASE_NAME_AFTER_ARTICLE, true) && isLocaleGivenName(token.text) : opening && isLowerCaseGivenName(token) && isSubjectOfAVerb(text, token, language);
    if (named) found.push(personBetween(text, token.start, token.end));
  }
  return found;
}

/**
 * A colleague's given name typed in lower case opening a status line in Czech, Romanian, Estonian, Finnish, Croatian,
 * Slovenian, Albanian, Lithuanian, Latvian, Hungarian or Polish, before that language's "is", "isn't", "will be", "today"
 * or "tomorrow": "petr je dneska na home office", "marek jest dzisiaj na urlopie". Only a word no English list holds that a
 * locale list has as a given name and that is shaped as one (isNameShapedLowerCaseWord), no place or brand. The web's frequent words are not left out, as they are after an article: people's names are frequent in lower
 * case on those languages' web ("petr"), and the state word after the name is what says person.
 */
const STATE_AFTER_SUBJECT: Readonly<Record<string, ReadonlySet<string>>> = {
  cs: set('je není bude byl byla má dnes dneska zítra zajtra'),
  ro: set('e este nu are azi mâine maine'),
  et: set('on ei oli täna homme'),
  fi: set('on ei oli tänään huomenna'),
  hr: set('je nije će danas sutra'),
  sl: set('je ni bo danes jutri'),
  sq: set('është nuk sot nesër'),
  lt: set('yra nėra šiandien rytoj'),
  lv: set('ir nav šodien rīt'),
  hu: set('ma holnap nem van'),
  pl: set('jest nie ma dziś dzisiaj jutro'),
};

function lowerCaseSubjectsOpening(text: string, tokens: readonly Token[], after: ReadonlySet<string>): Candidate[] {
  const found: Candidate[] = [];
  for (const token of tokens) {
    if (token.style !== 'lower' || token.kind !== 'name' || !isSentenceStart(text, token.start) || !isLocaleGivenName(token.text)) continue;
    if (!isNameShapedLowerCaseWord(token, SHORTEST_LOWER_CASE_NAME_AFTER_ARTICLE) || isPlaceName(token.text) || isBrandName(token.text)) continue;
    const next = NEXT_LOWER_WORD.exec(text.slice(token.end, token.end + 24))?.[1];
    if (next !== undefined && after.has(next)) found.push(personBetween(text, token.start, token.end));
  }
  return found;
}

/**
 * Spanish names the one told or asked twice, with a dative clitic on the verb and the personal "a" before the person: "díselo a
 * Santi", "preguntale a daniela", "avísenle a la Vale", "diganle a la cata". There any listed given name is the person, in lower
 * case too, unless a word of the language, English or the web's frequent words ("decile a todos", "pasale a la siguiente").
 */
const DATIVE_VERB = /^\p{Ll}{2,}(?:le|les|selo|sela|selos|selas)$/u;

function namesAfterDativeVerbs(text: string, tokens: readonly Token[]): Candidate[] {
  const found: Candidate[] = [];
  for (let index = 2; index < tokens.length; index += 1) {
    const name = tokens[index]!;
    // "a ximena" or "a la Renata": the personal "a", maybe the article, then the name.
    const article = ['la', 'el'].includes(tokens[index - 1]!.lower) ? tokens[index - 1] : undefined;
    const personal = tokens[article === undefined ? index - 1 : index - 2];
    const verb = tokens[article === undefined ? index - 2 : index - 3];
    if (verb === undefined || personal === undefined || personal.lower !== 'a' || !DATIVE_VERB.test(verb.lower)) continue;
    if (!adjacent(text, verb, personal) || !adjacent(text, article ?? personal, name) || (article !== undefined && !adjacent(text, personal, article))) continue;
    const mayBeName = name.titleCase ? name.functionLanguages.length === 0 && !isPlaceName(name.text) : mayBeLowerCaseName(name, SHORTEST_LOWER_CASE_NAME);
    if (mayBeName && isGivenNameInAnyLanguage(name.text)) found.push(personBetween(text, name.start, name.end));
  }
  return found;
}

/** Long enough, no function word of any language, no everyday noun that is a name too, no word of kin or address. */
function isNameShapedLowerCaseWord(token: Token, shortest: number): boolean {
  return token.text.length >= shortest && token.functionLanguages.length === 0 && !NOUN_NAMES.has(token.lower) && !ADDRESS_AND_KIN_WORDS.has(token.lower);
}

/**
 * A lower-case word that may be a name here: long enough, no function word of any language, no everyday noun that is a name too
 * (NOUN_NAMES), no English or frequent web word (accents folded: "día" is "dia"), no firm's word, and no place — unless someone
 * is called by it ("che lorena,"), where a town that bears the name ("Lorena", "Rosario") is not meant.
 */
function mayBeLowerCaseName(token: Token, shortest: number, addressed = false): boolean {
  if (!isNameShapedLowerCaseWord(token, shortest)) return false;
  if (isFrequentLowercaseWord(foldName(token.lower)) || isFrequentLowercaseLetterWord(token.lower)) return false;
  return !isDictionaryWord(token.lower) && (addressed || !isPlaceName(token.text)) && !isOrgOrPlaceWord(token.lower);
}

/**
 * What Spanish and Portuguese chat calls people instead of their names, with the article or alone before a comma, and that the
 * locale lists or the clipped names match: kin ("a irmã", "la nena", "o titio", "a nora"), friends and endearments ("che gorda,",
 * "miga,", "mami,", "genia,"), roles ("la jefa", "a aluna", "la señorita").
 */
const ADDRESS_AND_KIN_WORDS = set(
  'irmã irmão mana mano titia titio tia tio tía tío neta neto nieta nieto nora genro suegra suegro cuñada cuñado sobrina sobrino prima primo hermana hermano madrina padrino comadre compadre mami papi mamá papá nena nene nenê bebé bebe gorda gordo flaca flaco miga migo amiga amigo genia genio joya chica chico querida querido cariño mija mijo vecina vecino jefa jefe aluna aluno señorita señora señor dona',
);

/** A locale list's first name, or one clipped or made a diminutive as chat does, typed in lower case where a name may stand. */
function isLowerCaseGivenName(token: Token, addressed = false): boolean {
  if (!mayBeLowerCaseName(token, SHORTEST_LOWER_CASE_NAME_AFTER_ARTICLE, addressed)) return false;
  // A shop may bear a common given name ("Lorena", "Diego"); a person is written so in lower case, a shop seldom.
  if (isLocaleGivenName(token.text)) return true;
  return !isBrandName(token.text) && (isClippedLocaleGivenName(token.text) || isDiminutiveOfLocaleName(token.lower));
}

/**
 * Whether the run opens with one word, not a place's or a firm's, then a particle, then at least two words that open with a
 * listed given name and name no place ("Universidad de Santiago de Chile") — and no month ("Cierre de Julio Consolidado").
 */
function headBeforeParticle(tokens: readonly Token[], first: number, last: number): boolean {
  if (last - first < 3 || !tokens[first + 1]!.particle || tokens[first + 2]!.particle || isOrgOrPlaceWord(tokens[first]!.lower)) return false;
  const rest = tokens.slice(first + 2, last + 1);
  if (isOtherLanguageCalendarWord(rest[0]!.lower)) return false;
  return isGivenNameInAnyLanguage(rest[0]!.text) && rest.every((token) => !isPlaceName(token.text) && !isOrgOrPlaceWord(token.lower));
}

/**
 * The run from `first` to `last` with its form of address, in the run ("Frau Yıldız", "Deniz Hanım")
 * or beside it ("Bu Ratna" when "bu" is lower case): the name without the honorific; undefined when
 * none is there.
 */
function addressedName(text: string, tokens: readonly Token[], first: number, last: number, before: ReadonlySet<string>, after: ReadonlySet<string>): Candidate | undefined {
  if (before.size === 0 && after.size === 0) return undefined;
  const honorific = (position: number, honorifics: ReadonlySet<string>) => {
    const token = tokens[position];
    const word = token?.lower.replace(/['’]\p{L}*$/u, '').replace(/\.$/, '') ?? '';
    return honorifics.has(word) && (!ABBREVIATED.has(word) || text[token!.end] === '.' || token!.text.endsWith('.'));
  };
  // An abbreviated form of address touches the name across its period: "Bi. Achieng".
  const touching = (left: number, right: number) =>
    left >= 0 && right < tokens.length && (adjacent(text, tokens[left]!, tokens[right]!) || text.slice(tokens[left]!.end, tokens[right]!.start) === '. ');
  let from = first;
  let to = last;
  // "meneer van der Heijden", "Frau von Berg": the surname's particles stand between the form of address and the run.
  let lead = first;
  while (lead > 0 && tokens[lead - 1]!.particle && touching(lead - 1, lead)) lead -= 1;
  if (honorific(first, before) && first < last) from = first + 1;
  else if (lead < first && touching(lead - 1, lead) && honorific(lead - 1, before)) from = lead;
  else if (!(touching(first - 1, first) && honorific(first - 1, before))) {
    if (honorific(last, after) && first < last) to = last - 1;
    else if (!(touching(last, last + 1) && honorific(last + 1, after))) return undefined;
  }
  // Products and places are addressed too: "bu Grafana paneli", "Frau Müller-Lüdenscheidt" stays a name.
  const addressed = tokens.slice(from, to + 1);
  if (addressed.some((token) => token.facts.tool || isOrgOrPlaceWord(token.lower))) return undefined;
  return personBetween(text, tokens[from]!.start, tokens[to]!.end);
}

function isAddressedWord(text: string, tokens: readonly Token[], index: number, honorifics: ReadonlySet<string>): boolean {
  const token = tokens[index]!;
  const previous = tokens[index - 1];
  if (previous === undefined || !token.titleCase || token.functionLanguages.length === 0 || !adjacent(text, previous, token)) return false;
  return honorifics.has(previous.lower) && previous.style === 'lower' && !ABBREVIATED.has(previous.lower);
}

/** The last token of the capitalised run starting at `index` (particles allowed inside), or -1 when none starts there. */
function runEnd(text: string, tokens: readonly Token[], index: number, language: string): number {
  if (!isNameShaped(tokens[index]!) && !isOtherLanguagesWordBeforeAName(text, tokens, index, language)) return -1;
  let last = index;
  for (let cursor = index + 1; cursor < tokens.length && cursor - index < MAXIMUM_RUN; cursor += 1) {
    if (!adjacent(text, tokens[cursor - 1]!, tokens[cursor]!)) break;
    const token = tokens[cursor]!;
    if (isNameShaped(token)) last = cursor;
    // "María de los Ángeles Quispe", "Virgen de las Nieves": a plural article after "de" is part of the particle.
    else if (!token.particle && !(PLURAL_ARTICLES.has(token.text) && tokens[cursor - 1]!.lower === 'de')) break;
  }
  return last;
}

/**
 * A given name that spells another language's function word ("Jana" is Swahili for "yesterday") still
 * opens a name when a name-shaped word follows it: "Jana Nováková" — not in a message in that language.
 */
function isOtherLanguagesWordBeforeAName(text: string, tokens: readonly Token[], index: number, language: string): boolean {
  const token = tokens[index]!;
  const next = tokens[index + 1];
  if (!token.titleCase || token.particle || token.text.length < 2 || next === undefined || !adjacent(text, token, next) || !isNameShaped(next)) return false;
  const own = LANGUAGES.indexOf(language);
  return !token.functionLanguages.includes(ENGLISH) && (own < 0 ? isGivenNameInAnyLanguage(token.text) : !token.functionLanguages.includes(own));
}

/** A Title-case word that is not a function word of any listed language ("Il", "Die", "Het" open sentences). */
function isNameShaped(token: Token): boolean {
  return token.titleCase && !token.particle && token.functionLanguages.length === 0 && token.text.length >= 2;
}

function isNameRun(text: string, run: readonly Token[], language: string): boolean {
  const first = run[0]!;
  if (run.length === 1) return isLoneName(text, first, language);
  // Two or more: a given name first, and a surname after it that is no English word ("Sven Lindqvist", "Thomas Müller").
  const surname = run[run.length - 1]!;
  // The given name is no everyday word either: "Feliz Navidad" is a greeting, though "Feliz" is someone's name.
  if (first.kind !== 'ordinary' && isGivenNameInAnyLanguage(first.text) && !isOrgOrPlaceWord(first.lower) && surname.kind !== 'ordinary') return true;
  // Or the surname is the listed one, where the lists know the family names of a country better than its given names ("Kristjan Tamm",
  // "Drita Hoxha") — when the first word does not look like the language's own ("Wesołych Świąt" opens a greeting).
  // Opening a sentence of a known language, a run is its greeting as often ("Joyeux Noël à toute l'équipe").
  const opensListedLanguageSentence = language !== UNKNOWN_LANGUAGE && isSentenceStart(text, first.start);
  if (!opensListedLanguageSentence && run.every((word) => word.kind === 'name' && !isOrgOrPlaceWord(word.lower)) && (!first.foreign || isGivenNameInAnyLanguage(first.text)) && isGivenNameInAnyLanguage(surname.text) && surname.text.length >= SHORTEST_LISTED_SURNAME) return true;
  return isCapitalisedRunMidSentence(text, run, language);
}

const SHORTEST_LONE_NAME = 3;
/** The names list holds many short words of many languages; a surname it vouches for alone has four letters or more. */
const SHORTEST_LISTED_SURNAME = 4;
/** Opening a sentence, a case ending may only be taken off a stem of four letters or more: "Díky" (thanks) is no "Dik". */
const SHORTEST_STEM_AT_START = 4;

/**
 * A lone word: a given name no English word or firm spells, where nouns are lower case — listed, or
 * listed once its case ending is off ("Rékának", "Tomášovi", "Laurai"). Mid-sentence; or opening one when
 * a comma follows (someone addressed: "Kadri, kas sa…") or it carries a case ending, which no greeting has.
 */
function isLoneName(text: string, word: Token, language: string): boolean {
  if (NOUN_CAPITALISING.has(language) || word.kind !== 'name' || word.text.length < SHORTEST_LONE_NAME || isOrgOrPlaceWord(word.lower)) return false;
  const atStart = isSentenceStart(text, word.start);
  const addressed = !atStart || text[word.end] === ',' || isSubjectOfAVerb(text, word, language);
  if (isHumanName(word.text)) return addressed;
  if (addressed && isGivenNameInAnyLanguage(word.text)) return true;
  // A name only another language's list holds may open a sentence in a case: "Tereze jsem poslal…" (Tereza, Czech dative; Tereze in Latvian).
  return isInflectedGivenName(word.text, atStart ? SHORTEST_STEM_AT_START : undefined);
}

/**
 * Opening a sentence, a listed name is someone when the language's auxiliary, clitic or verb of saying
 * follows it: "Pierre a laissé ses clés", "Désirée m'a dit", "Esperanza dice que", "Facundo nació",
 * "Luca ha detto", "Joana está de férias", "Sanne heeft de…". Words of the language that are names too
 * ("Amani" is Swahili for peace) open sentences before other words, so only the languages whose
 * auxiliaries are listed here; not the copula, said of things as often ("Rosa es el color del botón"),
 * nor a well-known place or a brand ("Santander ya confirmó la transferencia", "Zara ya tiene la colección").
 */
const AUXILIARY_AFTER: Readonly<Record<string, ReadonlySet<string>>> = {
  fr: set("a va avait peut doit veut vient part arrive revient dit pense sait m'a m’a t'a t’a nous vous ne n'a n’a"),
  es: set('ha está va me te nos se dice dijo tiene puede quiere viene llega no ya sigue nació estará'),
  it: set('ha va mi ti ci si dice può vuole viene arriva non sta'),
  pt: set('está vai me te nos se disse diz tem pode quer vem chega não já nasceu estará'),
  nl: set('heeft gaat komt zegt kan moet wil had stuurt belt'),
  ca: set('ha va diu està pot vol ve no'),
};

const NEXT_LOWER_WORD = /^ ([\p{Ll}'’]+)/u;

/**
 * German capitalises every noun, so a lone capitalised word says nothing by its case. A listed given name that no English word,
 * place or firm spells is someone where German puts a person and seldom a bare noun: before a finite verb as its subject
 * ("Svenja hat das Passwort rotiert", "Uwe fragt, ob…"), after one in a question or an inverted clause ("hat Uwe was
 * geändert?"), or after a preposition with a lower-case word or the clause's end after it ("an Hannelore weiterleiten", "von
 * Malte für den Kurier") — a noun in those places has its article ("an den Kunden", "hat der Kurier").
 */
const GERMAN_FINITE_VERBS = set(
  'hat hatte hätte ist war wäre wird wurde würde kann konnte könnte muss musste müsste soll sollte will wollte darf durfte möchte mag sagt sagte meint meinte fragt fragte schreibt schrieb bittet bat braucht brauchte kommt kam geht ging ruft rief schickt schickte weiß wusste sitzt arbeitet hilft half macht machte',
);
const GERMAN_PERSON_PREPOSITIONS = set('an mit für bei von zu über ohne');
const CLAUSE_GOES_ON = /^(?:[ \t]+\p{Ll}|[ \t]*(?:[,.!?;:)]|$))/u;

/**
 * One word after "of" or "from" is a place as often ("il team di Milano", "Grüße aus Hamburg", "el parque industrial de
 * Pilar", "el municipio de Moreno": Latin America names its towns and districts after people). After a thing only a person
 * has — their phone, their home, their payslip, their password, their expenses — a given name the lists hold (no English
 * word, place, firm or everyday noun) with the clause going on after it is whose the thing is: "note de frais de Inès
 * bloquée", "el pantallazo de Lucía:", "het wachtwoord van Joost gereset".
 */
const OWNED_THINGS: ReadonlySet<string> = new Set(
  `casa piso depto departamento número numero teléfono telefono celular móvil movil whatsapp correo mail email dirección direccion
  cumpleaños cumple fiesta boda contrato nómina nomina sueldo salario cuenta tarjeta portátil portatil laptop computadora ordenador
  pantallazo captura foto documento pasaporte licencia usuario contraseña clave hijo hija esposa esposo mamá
  papá madre padre novia novio jefe jefa reembolso gastos factura expediente ficha perfil
  endereço telefone aniversário festa conta cartão senha filho filha mãe pai chefe reembolso despesas salário
  maison appartement logement numéro téléphone portable adresse anniversaire contrat salaire compte carte badge frais photo
  dossier mutuelle fiche profil mot passe femme mari fils fille mère père chef remboursement
  wachtwoord telefoon nummer adres verjaardag salaris rekening pas huis laptop declaratie moeder vader zoon dochter
  contratto stipendio conto telefono indirizzo compleanno password badge rimborso figlio figlia madre padre moglie marito`.split(/\s+/u),
);
function isOwnerAfterOf(text: string, word: Token): boolean {
  if (word.kind !== 'name' || !word.titleCase || word.text.length < SHORTEST_LONE_NAME || isOrgOrPlaceWord(word.lower) || NOUN_NAMES.has(word.lower)) return false;
  const plain = word.text.normalize('NFD').replace(/\p{M}+/gu, '');
  if (!isGivenNameInAnyLanguage(word.text) || isPlaceName(word.text) || isPlaceName(plain) || isBrandName(word.text)) return false;
  return CLAUSE_GOES_ON.test(text.slice(word.end, word.end + 8));
}

/** A subject opens its clause: a sentence, or after a comma, a dash or a conjunction ("…, aber Svenja hat"), never after an article or an adjective. */
const GERMAN_CLAUSE_OPENERS = set('und aber oder denn sondern doch dass ob weil wenn als da');
const PUNCTUATION_BEFORE = /[,;:(\u2013\u2014-][ \t]*$/u;

function opensGermanClause(text: string, before: string, word: Token): boolean {
  return isSentenceStart(text, word.start) || GERMAN_CLAUSE_OPENERS.has(before) || PUNCTUATION_BEFORE.test(text.slice(Math.max(0, word.start - 4), word.start));
}

function isGermanLoneName(text: string, before: string, word: Token, language: string): boolean {
  if (language !== 'de' || word.kind !== 'name' || !word.titleCase || word.text.length < SHORTEST_LONE_NAME || isOrgOrPlaceWord(word.lower)) return false;
  if (!isGivenNameInAnyLanguage(word.text) || isPlaceName(word.text) || isBrandName(word.text)) return false;
  const next = NEXT_LOWER_WORD.exec(text.slice(word.end, word.end + 24))?.[1];
  if (next !== undefined && GERMAN_FINITE_VERBS.has(next) && opensGermanClause(text, before, word)) return true;
  return (GERMAN_FINITE_VERBS.has(before) || GERMAN_PERSON_PREPOSITIONS.has(before)) && CLAUSE_GOES_ON.test(text.slice(word.end, word.end + 8));
}
/**
 * Swahili writes the subject into the verb: "a-" for one person, then the tense ("Wanjiru atachelewa leo", "Mama Achieng
 * amelipa", "Otieno anakuja"), or "yuko"/"yupo" (is at).
 */
const VERB_AFTER: Readonly<Record<string, RegExp>> = { sw: /^(?:a(?:na|li|ta|me|ki|nge|ja|si)\p{Ll}{2,}|yuko|yupo)$/u };

function isSubjectOfAVerb(text: string, word: Token, language: string): boolean {
  const auxiliaries = AUXILIARY_AFTER[language];
  const verbs = VERB_AFTER[language];
  if ((auxiliaries === undefined && verbs === undefined) || isPlaceName(word.text) || isBrandName(word.text)) return false;
  const next = NEXT_LOWER_WORD.exec(text.slice(word.end, word.end + 24))?.[1];
  return next !== undefined && (auxiliaries?.has(next) === true || verbs?.test(next) === true);
}

/**
 * Where nouns are written in lower case (French, Spanish, Polish, Turkish…), a run of capitalised
 * words mid-sentence is a proper name; when no word of it is English, a place or a firm, and one of
 * them is a name somewhere, it is a person whose given name the list may lack ("badge de Solène
 * Abitbol", "mañana Ximena Huanca Mamani presenta"). Title-case department names ("Recursos
 * Humanos", "Ressources Humaines") hold no name, and German capitalises every noun.
 */
function isCapitalisedRunMidSentence(text: string, run: readonly Token[], language: string): boolean {
  if (NOUN_CAPITALISING.has(language) || isSentenceStart(text, run[0]!.start)) return false;
  return run.every((token) => token.kind === 'name' && !isOrgOrPlaceWord(token.lower)) && run.some((token) => isGivenNameInAnyLanguage(token.text));
}

function set(words: string): ReadonlySet<string> {
  return new Set(words.split(' '));
}
