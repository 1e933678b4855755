/**
 * Identity checks on a call are asked on one line and answered on the next: "Agent: and your date of birth? ⏎ Customer:
 * 12 March 1995", "could you give me your customer number ⏎ Customer: C-20831176", "¿me puede decir su NIE? ⏎ Cliente:
 * X1234567L". The value's label is in the question and the value alone in the answer, where no detector sees a label. Each
 * answer of a transcript is read again with its question before it, as "question: answer", by the detectors that need a
 * label (dates of birth, identifiers); what they find inside the answer is kept.
 */
import { detectDatesOfBirth } from './detect-date-of-birth.ts';
import { detectIdNumbers } from './detect-id-numbers.ts';
import { detectNationalIds } from './detect-national-ids.ts';
import type { Candidate } from './types.ts';

interface Turn {
  /** Where the words said start (after the speaker's label and any filler). */
  start: number;
  content: string;
}

/** A speaker's label opening a line: "Agent:", "[00:02:14] Customer:", "Agent (Beatriz):", "Cliente :", "caller:". */
const SPEAKER_LABEL = /^[ \t]*(?:\[[\d:.,/ ]+\][ \t]*)?(?:\d{1,2}:\d{2}(?::\d{2})?[ \t]+)?[\p{L}][\p{L}\p{M}'’. ]{0,30}(?:\([^)\n]{1,30}\))?[ \t]*:[ \t]+/u;
/**
 * A line with only a time or a cue's timing ("00:00:15.000 --> 00:00:18.000", "0:41"), or a speaker's name and time alone, as
 * Teams, Otter, Gong and Discord write them ("Weber, Jonas 9:25 AM", "Maya Goldberg  0:04", "ahmed.r — Today at 9:06 AM").
 */
const CLOCK = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?`;
const TIMING_ONLY = new RegExp(
  String.raw`^[ \t]*(?:[\d:.,]+(?:[ \t]*-->[ \t]*[\d:.,]+)?|[\p{L}][\p{L}\p{M}\d'’.,_() -]{0,40}[ \t]+(?:[|—–-][ \t]*)?(?:(?:Today|Yesterday|\d{1,2}/\d{1,2}/\d{2,4}),?[ \t]+(?:at[ \t]+)?)?${CLOCK})[ \t]*$`,
  'u',
);
/** What people say before the value itself: "sure it's …", "yes, that's …", "um it's …". */
const FILLER = /^(?:(?:sure|yes|yeah|yep|yup|ok|okay|right|um+|uh+|erm|so|oh|it's|its|it is|that's|thats|that is|it|is|mine is|my number is|sí|si|claro|oui|c'est|ja|tak|haan|ji|é)[ \t,.:-]+)*/iu;
/** A question holds no value of its own and is short; its value comes in the next turn. */
const LONGEST_QUESTION = 160;
const LONGEST_ANSWER = 120;
const HAS_DIGIT = /\d/u;
/** A transcript has two lines or more that open with a speaker's label or give a speaker's timing. */
const FEWEST_MARKED_LINES = 2;

export function detectAnsweredQuestions(text: string): Candidate[] {
  if (!text.includes('\n')) return [];
  const turns = turnsOf(text);
  const found: Candidate[] = [];
  for (let index = 0; index + 1 < turns.length; index += 1) {
    const [question, answer] = [turns[index]!, turns[index + 1]!];
    if (question.content.length > LONGEST_QUESTION || HAS_DIGIT.test(question.content) || answer.content.length > LONGEST_ANSWER || !HAS_DIGIT.test(answer.content)) continue;
    const asked = `${askedLabel(question.content)}: `;
    const read = `${asked}${answer.content}`;
    const shift = answer.start - asked.length;
    for (const candidate of [...detectDatesOfBirth(read), ...detectIdNumbers(read), ...detectNationalIds(read)]) {
      if (candidate.start < asked.length) continue;
      found.push({ ...candidate, start: candidate.start + shift, end: candidate.end + shift });
    }
  }
  return found;
}

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
    turns.push({ start: start + label + filler, content: said.slice(filler).trimEnd() });
  }
  return marked >= FEWEST_MARKED_LINES ? turns : [];
}
