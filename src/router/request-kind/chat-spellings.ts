/**
 * Chat spellings written out, so that the phrase patterns, which are written in standard spelling,
 * read what people type: "whats the right way to drain", "where would u look first", "idk how to
 * handle this", "r we allowed to…". Each pattern listing its own variants ("(you|u|ya)") covered a
 * few of them and missed the rest; written out once here, every pattern sees every spelling.
 *
 * Only spellings with one reading are written out: "its", "were", "ill", "id", "lets" and "wont" are
 * also words, "ur" is "your" as often as "you're", "bc" is British Columbia and "rn" a nurse, so they are
 * left as typed; "u" in "u.s." is no "you". "r" is "are" only before a pronoun ("r we"; "what r the
 * options" stays: "r" is also a language). "tbh" is left too: written out, it reads as a request to be
 * honest about something, which it is not. The word count the router weighs is the typed one
 * (signals.ts), so "idk" written out does not make a message longer.
 */
const WORDS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    u: 'you',
    yu: 'you',
    youre: "you're",
    whats: "what's",
    wats: "what's",
    wat: 'what',
    wut: 'what',
    thats: "that's",
    wheres: "where's",
    whos: "who's",
    hows: "how's",
    theres: "there's",
    dont: "don't",
    doesnt: "doesn't",
    didnt: "didn't",
    isnt: "isn't",
    arent: "aren't",
    wasnt: "wasn't",
    werent: "weren't",
    cant: "can't",
    couldnt: "couldn't",
    shouldnt: "shouldn't",
    wouldnt: "wouldn't",
    havent: "haven't",
    hasnt: "hasn't",
    hadnt: "hadn't",
    im: "i'm",
    ive: "i've",
    theyre: "they're",
    weve: "we've",
    shud: 'should',
    shld: 'should',
    wud: 'would',
    wld: 'would',
    cud: 'could',
    cld: 'could',
    abt: 'about',
    thru: 'through',
    tho: 'though',
    cuz: 'because',
    coz: 'because',
    smth: 'something',
    sth: 'something',
    gonna: 'going to',
    wanna: 'want to',
    idk: "i don't know",
    dunno: "don't know",
    imo: 'in my opinion',
  }),
);
const CHAT_WORD = new RegExp(String.raw`(?<![\w'’-]|\w\.)(?:${[...WORDS.keys()].join('|')})(?![\w'’-]|\.\w)`, 'g');
/** "r" for "are", only where a pronoun follows it: "r we", "r u", "r there any". */
const ARE = /(?<![\w'’-])r(?= (?:we|you|u|they|there|these|those)\b)/g;
const WITH = /(?<![\w/])w\/o(?![\w/])|(?<![\w/])w\/(?=\s)/g;

/** The ask (lower case) with its chat spellings written out. */
export function inStandardSpelling(ask: string): string {
  return ask
    .replace(WITH, (found) => (found === 'w/o' ? 'without' : 'with'))
    .replace(ARE, 'are')
    .replace(CHAT_WORD, (word) => WORDS.get(word) ?? word);
}
