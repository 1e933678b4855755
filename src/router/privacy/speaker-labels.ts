import { isArabicScriptGivenName } from './arabic-script-names.ts';
import { KOREAN_SURNAMES } from './detect-person-script-text.ts';
import { isHumanName } from './human-names.ts';
import { isIndicGivenName } from './indic-given-names.ts';
import { isUnlistedNameWord } from './names-beside-names.ts';
import { isDictionaryWord } from './english-dictionary.ts';
import { isFrequentLowercaseWord } from './frequent-words.ts';
import { isOrdinaryWord } from './ordinary-words.ts';
import { matchesOf } from './regex-matches.ts';
import { withAsciiDigits } from './text-scan.ts';
import { isRegionCode } from './region-codes.ts';
import { personBetween, type Candidate } from './types.ts';

/**
 * Who speaks in a pasted chat: "deepa.nair: build is red again⏎arjun: my bad, reverting", also after a
 * time stamp ("[10:02] dmitri: ok shipping tomorrow", WhatsApp's "[09/04/2025, 08:14] ayo: ok" and
 * "09/04/2025, 08:14 - ayo: ok") and behind quote or bullet marks ("> ayo: ok"). Each line of a
 * transcript opens with its speaker and a colon. A transcript is known when one speaker is a person the
 * passes found, when two lines are stamped with the time, or when two different speakers are in the
 * names list and no word ("error:", "note:"), tool ("dependabot:"), config key ("apiVersion:"), team or
 * place; one "name: text" line alone is as often a field. Its speakers are then people: those of the
 * names list, and any that is no word and no jargon ("lindiwe:", "niamh.k:", not "kubectl:").
 */
/**
 * A chat export's stamp: a time, after a day written as chat apps write it ("09/04/2025,", "3/14/24,"), not a
 * log's ISO date ("2024-05-01 10:02:03 kubelet: …" is a daemon logging); "PM", "p. m." after it.
 */
const TIME_STAMP = String.raw`(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?[ \t]+)?\d{1,2}:\d{2}(?::\d{2})?(?:[ \t\u202f]?[ap]\.?[ \t\u202f]?m\.?)?`;
/**
 * A stamp is a time alone ("10:02", "[10:02]"), or a day and a time as a chat app exports them — in brackets
 * ("[09/04/2025, 08:14]") or before a dash ("09/04/2025, 08:14 - ") — not as a log writes them ("01.05.2024
 * 10:02:03 containerd:").
 */
const STAMP = String.raw`(?:\[${TIME_STAMP}\]|${TIME_STAMP}[ \t]+[-–]|\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[ap]m)?)`;
/** A line that says only a version or two ("gradle: 8.5 -> 8.7", "ava: 6", "chai: ^4.3.0") is a manifest, not chat. */
const VERSION = String.raw`[\^~<>=v]*\d+(?:\.[\dx*]+)*`;
/**
 * A speaker written in a script without capitals, up to three words ("أبو نايف:", "נועה לוי:", "田中 太郎:"): such scripts
 * space the words of a name. Nothing in such a label says "field" or "tool" the way English jargon does, so a
 * transcript of them is one of people only when a label is a listed name or a found person (isTranscriptSpeaker).
 */
const UNCASED_NAME = String.raw`\p{Lo}[\p{Lo}\p{M}]*(?:[ \t]\p{Lo}[\p{Lo}\p{M}]*){0,2}`;
const UNCASED_LABEL = new RegExp(String.raw`^${UNCASED_NAME}$`, 'u');
/** The Arabic article or the Hebrew one before a label: a role or a system ("البوت:", "המערכת:"), not a name. */
const DEFINITE_LABEL = /^(?:ال|ה)/u;

/**
 * A label with a given name of the Arabic-script table in it ("عمر:", "أبو نايف:"), one read from Devanagari or Bengali
 * ("हितेश:", "সাদিয়া:"), or a Korean name as Korean writes one: three syllables, a family name first ("김민준:", "이서연:") — not a
 * role's word of the same shape ("상담원:", "담당자:", "진행자:").
 */
function isNamedLabel(label: string): boolean {
  return label.split(/[ \t]+/u).some((word) => isArabicScriptGivenName(word) || isIndicGivenName(word) || isKoreanFullName(word));
}

const KOREAN_FULL_NAME = /^\p{Script=Hangul}{3}$/u;
const KOREAN_ROLE_WORDS: ReadonlySet<string> = new Set(['상담원', '담당자', '사회자', '관리자', '진행자', '참석자', '발표자', '고객님', '팀장님', '매니저', '선생님', '기사님', '직원분', '운영자', '안내원', '시스템', '사용자', '작성자']);

/**
 * Korean note headings have a full name's shape too ("이번주:", "문제점:", "이메일:" — this week, issues, e-mail): a Korean name
 * is a speaker when it speaks again, or when the conversation calls them by their given name ("서연 씨", "민준님").
 */
function isKoreanSpeaker(text: string, label: string, speakers: ReadonlyArray<{ label: string }>): boolean {
  if (!isKoreanFullName(label)) return true;
  return speakers.filter((speaker) => speaker.label === label).length >= 2 || new RegExp(`${label.slice(1)}[ \\t]?(?:씨|님)`, 'u').test(text);
}

function isKoreanFullName(word: string): boolean {
  return KOREAN_FULL_NAME.test(word) && KOREAN_SURNAMES.has(word[0]!) && !KOREAN_ROLE_WORDS.has(word);
}
/** WhatsApp marks a sender not in the contacts with "~"; an emoji may follow a contact's name ("Mum ❤️:"). */
const SPEAKER = new RegExp(
  String.raw`^[ \t\u200e\u200f]*(?:>[ \t]*)*(?:[-*•][ \t]+)?(${STAMP}[ \t]+)?(?:~[ \t\u202f\u00a0]?)?@?(${UNCASED_NAME}|[\p{L}][\p{L}\p{M}'’_-]*(?:\.[\p{L}][\p{L}\p{M}'’_-]*)?)(?:[ \t]*\p{Extended_Pictographic}\uFE0F?)*:[ \t]+(?!${VERSION}(?:[ \t]*(?:->|→|to)[ \t]*${VERSION})?[ \t]*$)\S`,
  'gimu',
);
const MOST_LINES = 200;
/** Written as a name is: lower case or one capital first ("Lindiwe", not "apiVersion"). */
const NAME_CASE = /^\p{Lu}?[\p{Ll}\p{M}'’-]+$/u;

export function withSpeakerLabels(text: string, entities: readonly Candidate[]): Candidate[] {
  if (!text.includes(':') || !text.includes('\n')) return [...entities];
  // Stamps in Arabic-Indic or Persian digits ("[٠٨:٣٠]") read as ASCII ones, at the same offsets.
  const speakers = [...matchesOf(SPEAKER, withAsciiDigits(text))].slice(0, MOST_LINES).map((match) => {
    const start = match.index + match[0].lastIndexOf(match[2]!, match[0].lastIndexOf(':'));
    return { start, end: start + match[2]!.length, label: match[2]!, timed: match[1] !== undefined };
  });
  if (speakers.length < 2) return [...entities];
  const overlaps = (start: number, end: number) => entities.some((entity) => entity.start < end && start < entity.end);
  const spoken = speakers.some((speaker) => entities.some((entity) => entity.type === 'PERSON' && entity.start < speaker.end && speaker.start < entity.end));
  // Lines stamped with the time they were said ("[10:02] dmitri: ok") are a transcript whoever was found;
  // so are two people of the names list. One found person alone may be a commit's author among bots and keys.
  const timed = speakers.filter((speaker) => speaker.timed).length >= 2;
  // Names the Arabic-script table holds count as listed too: "فاطمة: …⏎يوسف: …" is a transcript with no stamps.
  const listed = new Set(speakers.filter((speaker) => isPersonLabel(speaker.label) || (UNCASED_LABEL.test(speaker.label) && isNamedLabel(speaker.label))).map((speaker) => speaker.label.toLowerCase()));
  if (!spoken && !timed && listed.size < 2) return [...entities];
  // Bots and systems log under words ("تذكير:", "מערכת:", "सिस्टम:"): labels in a script without capitals are people only
  // when one of them is a name the Arabic-script table holds, or a person the passes found.
  const uncasedPeople = speakers.some((speaker) => UNCASED_LABEL.test(speaker.label) && ((isNamedLabel(speaker.label) && isKoreanSpeaker(text, speaker.label, speakers)) || overlaps(speaker.start, speaker.end)));
  const added = speakers
    .filter((speaker) => !overlaps(speaker.start, speaker.end) && (isPersonLabel(speaker.label) || ((timed || listed.size >= 2) && isTranscriptSpeaker(speaker.label, listed.size >= 2, uncasedPeople))))
    .map((speaker) => personBetween(text, speaker.start, speaker.end));
  return added.length === 0 ? [...entities] : [...entities, ...added];
}

/**
 * In a transcript of people, a speaker that is no word and no jargon ("tevita:", not "error:",
 * "kubectl:", "apiVersion:"), with its initials ("niamh.k:"), any in a script without capitals ("عمر:") where such a
 * transcript is one of people, or — where two listed people speak — a
 * two-letter name of the names list that is no region's code ("ed:"; not "eu:", "us:", nor "li:" or "jo:").
 */
function isTranscriptSpeaker(label: string, ofPeople: boolean, uncasedPeople: boolean): boolean {
  // A script without capitals has no words in capitals either: in a transcript of people its speaker is someone,
  // unless the label takes the article ("النظام:", "المجموعة:" — the system, the group).
  if (UNCASED_LABEL.test(label)) return uncasedPeople && !DEFINITE_LABEL.test(label);
  if (label.length > 1 && label === label.toUpperCase()) return false;
  if (label.length === 2) return ofPeople && isUnlistedNameWord(label) && !isRegionLabel(label);
  return withInitials(label, (part) => part.length >= 3 && NAME_CASE.test(part) && !isDictionaryWord(part.toLowerCase()) && !isOrdinaryWord(part) && !isFrequentLowercaseWord(part.toLowerCase()));
}

/** "eu:", "us:", "uk:" — a region's code, as status lines list them. */
function isRegionLabel(label: string): boolean {
  const code = label.toUpperCase();
  return code === 'EU' || code === 'UK' || isRegionCode(code);
}

/**
 * Each part of a dotted or underscored label passes `test`, or is an initial (one or two letters) beside a part
 * that does — or, beside a part that does, a given name that is also a word ("ruby.okonkwo", "will_adeyemi").
 */
function withInitials(label: string, test: (part: string) => boolean): boolean {
  const parts = label.split(/[._]/u);
  const initial = (part: string) => part.length >= 1 && part.length <= 2;
  const passing = parts.filter((part) => !initial(part) && test(part));
  if (passing.length === 0) return false;
  return parts.every((part) => initial(part) || passing.includes(part) || (parts.length > 1 && isHumanName(part)));
}

/**
 * A name of the names list, each part ("arjun", "deepa.nair", "sandra.p"): bots, config keys and fields
 * ("dependabot:", "apiVersion:", "pid:") are not. Tools the names list also holds ("vite:", "jackson:") are
 * told apart by what follows them: a version is no one's words (SPEAKER).
 */
function isPersonLabel(label: string): boolean {
  if (label.length > 1 && label === label.toUpperCase()) return false;
  return withInitials(label.toLowerCase(), (part) => part.length >= 3 && isUnlistedNameWord(part));
}
