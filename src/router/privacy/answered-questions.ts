/**
 * Identity checks on a call are asked on one line and answered on the next: "Agent: and your date of birth? ⏎ Customer:
 * 12 March 1995", "could you give me your customer number ⏎ Customer: C-20831176", "¿me puede decir su NIE? ⏎ Cliente:
 * X1234567L". The value's label is in the question and the value alone in the answer, where no detector sees a label. Each
 * answer of a transcript is read again with its question before it, as "question: answer", by the detectors that need a
 * label (dates of birth, identifiers); what they find inside the answer is kept. A code asked of the caller is answered by a
 * secret in digits, a security question by a secret in words, a question for a person's name by a name.
 */
import { detectDatesOfBirth } from './detect-date-of-birth.ts';
import { detectIdNumbers } from './detect-id-numbers.ts';
import { detectNationalIds } from './detect-national-ids.ts';
import { HEADING_TIME } from './detect-person-speaker-headings.ts';
import { isDictionaryWord } from './english-dictionary.ts';
import { isHumanName } from './human-names.ts';
import { isProductWord } from './name-lexicon.ts';
import { factsOf } from './name-word-facts.ts';
import { isPlaceName } from './place-names.ts';
import { personAt, type Candidate } from './types.ts';

interface Turn {
  /** Where the words said start (after the speaker's label and any filler). */
  start: number;
  content: string;
  /** Whether the turn opened with a yes or a no ("haan aaya tha": yes, it came). */
  repliedYesOrNo: boolean;
}

/** A speaker's label opening a line: "Agent:", "[00:02:14] Customer:", "Agent (Beatriz):", "Cliente :", "caller:". */
const SPEAKER_LABEL = /^[ \t]*(?:\[[\d:.,/ ]+\][ \t]*)?(?:\d{1,2}:\d{2}(?::\d{2})?[ \t]+)?[\p{L}][\p{L}\p{M}'’. ]{0,30}(?:\([^)\n]{1,30}\))?[ \t]*:[ \t]+/u;
/**
 * A line with only a time or a cue's timing ("00:00:15.000 --> 00:00:18.000", "0:41"), or a speaker's name and time alone, as
 * Teams, Otter, Gong and Discord write them ("Weber, Jonas 9:25 AM", "Maya Goldberg  0:04", "ahmed.r — Today at 9:06 AM").
 */
const TIMING_ONLY = new RegExp(
  String.raw`^[ \t]*(?:[\d:.,]+(?:[ \t]*-->[ \t]*[\d:.,]+)?|[\p{L}][\p{L}\p{M}\d'’.,_() -]{0,40}[ \t]+${HEADING_TIME})[ \t]*$`,
  'u',
);
/** What people say before the value itself: "sure it's …", "yes, that's …", "um it's …". */
const FILLER = /^(?:(?:sure|yes|yeah|yep|yup|ok|okay|right|um+|uh+|erm|so|oh|it's|its|it is|that's|thats|that is|it|is|mine is|my number is|sí|si|claro|oui|c'est|ja|tak|haan|ji|é)[ \t,.:-]+)*/iu;
/** A question holds no value of its own and is short; its value comes in the next turn. */
const LONGEST_QUESTION = 160;
const LONGEST_ANSWER = 120;
const HAS_DIGIT = /\d/u;
/**
 * A configuration file is written "key: value" line under line too ("name: DB_PASSWORD ⏎ valueFrom:"): a key alone on its
 * line, a YAML list item or a code fence says the text is one, and its lines are no one's questions and answers.
 */
const CONFIG_SHAPED = /^[ \t]*(?:-[ \t]+)?[\w.-]+:[ \t]*$|^[ \t]*-[ \t]+[\w.-]+:[ \t]|```/mu;
/** A question is asked in words: a question mark, or the words of asking ("can I have your…", "and the postcode", "su DNI"). */
const ASKS = /\?|(?<![\p{L}])(?:your|you|can|could|may|what|whats|what's|give|tell|read|confirm|need|please|pls|and the|su|sus|seu|sua|votre|vos|ihre|ihr|deine|dein|und|twój|twoja|pana|pani|aapka|aapki|aur|mo|iyong)(?![\p{L}])/iu;
/** An answer is said, not written as code or by a recorder: no key opening a block, no template's braces, no "[code read back]". */
const NOT_SAID = /:[ \t]*$|\$\{|\{\{|[{}]|^[[(<]/u;

/** A transcript has two lines or more that open with a speaker's label or give a speaker's timing. */
const FEWEST_MARKED_LINES = 2;

export function detectAnsweredQuestions(text: string): Candidate[] {
  if (!text.includes('\n') || CONFIG_SHAPED.test(text)) return [];
  const turns = turnsOf(text);
  const found: Candidate[] = [];
  for (let index = 0; index + 1 < turns.length; index += 1) {
    const [question, answer] = [turns[index]!, turns[index + 1]!];
    if (question.content.length > LONGEST_QUESTION || answer.content.length > LONGEST_ANSWER || NOT_SAID.test(answer.content)) continue;
    found.push(...answersTo(question, answer));
  }
  return found;
}

function answersTo(question: Turn, answer: Turn): Candidate[] {
  const found: Candidate[] = [];
  const answeredWithDigits = HAS_DIGIT.test(answer.content);
  // A code asked for is read back in digits ("the 6 digit code we texted you" ⏎ "4 8 2 9 1 7"); a security question is
  // answered in words too, when it is asked in words ("can you read it back", "first pet's name?").
  const secretAsked = CODE_ASKED.test(question.content) ? answeredWithDigits : SECURITY_ASKED.test(question.content) && ASKS.test(question.content);
  const secret = secretAsked ? secretAnswered(answer) : undefined;
  if (secret !== undefined) found.push(secret);
  // A question that holds a number of its own is about something else than a label's value.
  if (HAS_DIGIT.test(question.content)) return found;
  const name = asksForName(question.content) ? nameAnswered(answer, WHO_ASKED.test(question.content)) : undefined;
  if (name !== undefined) found.push(name);
  if (!answeredWithDigits) return found;
  const asked = `${askedLabel(question.content)}: `;
  const read = `${asked}${answer.content}`;
  const shift = answer.start - asked.length;
  for (const candidate of [...detectDatesOfBirth(read), ...detectIdNumbers(read), ...detectNationalIds(read)]) {
    if (candidate.start >= asked.length) found.push({ ...candidate, start: candidate.start + shift, end: candidate.end + shift });
  }
  return found;
}

/**
 * Asked of the other person: a code sent to them read back ("can you read it back", "what's the code we texted you"), or a
 * security question. Not "the error code", "the code freeze", "review the code", "reset the password" — a code word alone
 * asks for no secret, and a code asked for is answered with digits. The code's words and the asking may come in either order.
 */
const SENT_CODE = String.raw`(?:one[- ]time|\botp\b|verification code|security code|sms code|passcode|\bpin\b|(?:the|a|that|this)(?: [\w-]+){0,2} code (?:(?:we|i)(?:'ve|’ve| have)? (?:just )?)?(?:sent|texted|emailed)|code (?:on|from) (?:your|the) (?:phone|app|screen|text|sms))`;
const ASKING = String.raw`(?:read|tell|give|say|confirm|repeat|what(?:'s|’s| is)|can i (?:have|get))`;
const CODE_ASKED = new RegExp(
  String.raw`${SENT_CODE}[^\n]*?(?:${ASKING}|enter)|${ASKING}[^\n]*?${SENT_CODE}|(?:sent|texted|emailed)(?: you)? (?:a |the )?(?:[\w-]+ )?code[^\n]*?(?:read|tell|give|say|confirm|repeat)`,
  'iu',
);
const SECURITY_ASKED = /memorable|security question|secret question|maiden name|first pet|password hint/iu;
const FIRST_CLAUSE = /^["“']?([^.,;!?"”\n]+?)["”']?(?=[.,;!?](?:\s|$)|["”]|[ \t]*$|[ \t]+(?:—|–|-)[ \t])/u;
/** Yes and no in the callers' languages: a reply about a code or a name, not the code or the name. */
const YES_OR_NO_WORDS = 'yes|yeah|yep|no|nope|haan|han|ha|nahi|nahin|sí|si|oui|non|ja|nein|tak|nie|sim|não|nao|oo|opo|hindi';
const NOT_AN_ANSWER = new RegExp(
  `^(?:${YES_OR_NO_WORDS}|sure|ok|okay|sorry|thanks|thank you|got it|done|hang on|one sec|one second|hold on|just a sec|i don't|i dont|i do not|not sure|what|which|um+|uh+|can you|could you|ji|no sé|ne)(?![\\p{L}])`,
  'iu',
);
const YES_OR_NO = new RegExp(`^[ \\t]*(?:${YES_OR_NO_WORDS})(?![\\p{L}])`, 'iu');
const MOST_ANSWER_WORDS = 4;
const READ_OUT_DIGITS = /^\d(?:[ \t-]?\d){3,11}$/u;
const LONGEST_SECRET_ANSWER = 40;

/**
 * A question for what proves who someone is — a code sent to them, a PIN, a memorable word, a security question's answer — is
 * answered by a secret: the answer's first clause ("it says 4 8 2 9 1 7", "biscuit. lowercase I think", "St Bernadette's").
 */
function secretAnswered(answer: Turn): Candidate | undefined {
  const opened = SAYS.exec(answer.content)?.[0].length ?? 0;
  const clause = FIRST_CLAUSE.exec(answer.content.slice(opened));
  const value = clause?.[1]?.trim();
  if (value === undefined || value.length < 3 || value.length > LONGEST_SECRET_ANSWER || NOT_AN_ANSWER.test(value)) return undefined;
  // "yes it came", "haan aaya tha": a reply about the code, not the code; "yeah it's 7 7 1 4" reads it out.
  if (answer.repliedYesOrNo && !HAS_DIGIT.test(value)) return undefined;
  // A code read out digit by digit is one answer; words are a few at most.
  if (!READ_OUT_DIGITS.test(value) && value.split(/[ \t]+/u).length > MOST_ANSWER_WORDS) return undefined;
  const start = answer.start + opened + answer.content.slice(opened).indexOf(value);
  return { type: 'SECRET', secretKind: 'assigned-secret', start, end: start + value.length, value };
}

/**
 * A question for a person's name — "et votre prénom ?", "your full name?", "성함이 어떻게 되세요?", "who rotates it?" (not "the db
 * name", "the wifi name") — is answered with one: the answer's first clause when it reads as a name (capitalised words, each a
 * listed name or no English word, and no tool, product or place; or a name in a script without capitals, its copula taken
 * off: "최유나입니다"); after "who", its first word when that is a listed name ("Piet does").
 */
const NAME_ASKED = /(?<![\p{L}])(?:(?:first|last|full|sur|given|family|middle)[ \t]?name|(?:your|his|her|their|\p{L}+['’]s)[ \t]+(?:\p{L}+[ \t]+)?name|prénom|nom de famille|votre nom|nombre completo|su nombre|apellidos?|seu nome|nome completo|sobrenome|vorname|nachname|ihr name|dein name|imię|nazwisko|pangalan|who)(?![\p{L}])|성함|이름|お名前|名前/iu;
const WHO_ASKED = /(?<![\p{L}])who(?![\p{L}])/iu;
const COPULA_AFTER = /(?:입니다|이에요|예요|이요|です|と申します)$/u;
const NAME_WORDS = /^\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]+(?:(?:de|del|da|dos|van|von|der|la|le|bin|al)[ \t]+)?\p{Lu}[\p{L}\p{M}'’-]*){0,3}$/u;
const UNCASED_NAME = /^[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{2,5}$/u;

/** "the name of the hotel", "name of your primary school": a thing's name is asked, unless the thing is a person ("the name of your partner"). */
const THINGS_NAME = /name[ \t]+of[ \t]+(?:the|your|their|his|her|this|that|a)[ \t]+(?!(?:partner|wife|husband|spouse|child|son|daughter|contact|manager|doctor|agent|caller|person|customer|holder|beneficiary|landlord|tenant|driver|witness)\b)/iu;

function asksForName(question: string): boolean {
  return NAME_ASKED.test(question) && !THINGS_NAME.test(question);
}

function nameAnswered(answer: Turn, afterWho: boolean): Candidate | undefined {
  if (answer.repliedYesOrNo) return undefined;
  const clause = FIRST_CLAUSE.exec(answer.content)?.[1]?.trim().replace(COPULA_AFTER, '');
  if (clause === undefined || clause.length < 2) return undefined;
  const value = afterWho ? /^\p{Lu}[\p{L}\p{M}'’-]+/u.exec(clause)?.[0] : clause;
  if (value === undefined || NOT_AN_ANSWER.test(value)) return undefined;
  const nameWord = (word: string) => !isProductWord(word) && !factsOf(word).tool && !isPlaceName(word) && (isHumanName(word) || !isDictionaryWord(word.toLowerCase()));
  const named = afterWho ? isHumanName(value) && !isDictionaryWord(value.toLowerCase()) && nameWord(value) : UNCASED_NAME.test(value) || (NAME_WORDS.test(value) && value.split(/[ \t]+/u).every(nameWord));
  if (!named) return undefined;
  const start = answer.start + answer.content.indexOf(value);
  return personAt(start, value);
}

/** How a caller reads a code out: "it says …", "it reads …". */
const SAYS = /^(?:(?:it|the (?:text|message|code|app))[ \t]+)?(?:says|reads|shows)[ \t]+/iu;

/**
 * The question as a label: its last clause, ending at its last label word when words follow it ("customer number for my
 * notes?" asks for a customer number), without the question's marks.
 */
function askedLabel(question: string): string {
  const clause = question.slice(lastClauseStart(question)).replace(/[?¿!.,\s]+$/u, '').replace(/^[¿¡]/u, '');
  let end = clause.length;
  for (const match of clause.matchAll(LABEL_WORD)) end = match.index + match[0].length;
  return clause.slice(0, end);
}

const LABEL_WORD = /(?<![\p{L}])(?:number|no|nr|num|n[úu]mero|numéro|numer|nummer|id|birth|dob|d\.o\.b|nacimiento|naissance|nascimento|geburtsdatum|urodzenia)(?![\p{L}])/giu;

function lastClauseStart(text: string): number {
  let start = 0;
  for (const match of text.matchAll(/[.!?;][ \t]+(?=\S)/gu)) if (match.index + match[0].length < text.length) start = match.index + match[0].length;
  return start;
}

/** The turns of a transcript: each line's words after its speaker's label, timing lines left out. */
function turnsOf(text: string): Turn[] {
  const turns: Turn[] = [];
  let marked = 0;
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const start = lineStart;
    lineStart += line.length + 1;
    if (line.trim() === '') continue;
    if (TIMING_ONLY.test(line)) {
      marked += 1;
      continue;
    }
    const label = SPEAKER_LABEL.exec(line)?.[0].length ?? 0;
    if (label > 0) marked += 1;
    const said = line.slice(label);
    const filler = FILLER.exec(said)?.[0].length ?? 0;
    turns.push({ start: start + label + filler, content: said.slice(filler).trimEnd(), repliedYesOrNo: YES_OR_NO.test(said) });
  }
  return marked >= FEWEST_MARKED_LINES ? turns : [];
}
