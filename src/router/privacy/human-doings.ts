import { isVerbForm } from './name-lexicon.ts';
import { isPlaceName } from './place-names.ts';

/**
 * More of what only people do or are, said right after a word (person-predicates.ts reads these with
 * its own): work in progress that needs a person ("is reviewing the pen test report", "is drafting",
 * "is going to run the chaos day"), a post in a team ("is the new scrum master", "will be our point of
 * contact", "is our new DevRel hire"; of two people, "are the new interns"), a task handed to someone ("will take the customer call"), leave
 * ("is out until the 12th"), a debt ("owes me a coffee"), a sale closed ("closed the biggest deal"),
 * work done by hand ("pushed a hotfix", "just deployed", "acked"; not "broke" or "shipped": "Safari broke
 * the date picker"), speech ("said"). A bracketed aside may stand between
 * the name and the predicate: "Royal (yes, really) is the new IT contractor".
 */
const PROGRESS = String.raw`(?:is|was|are|were|['’]s)\s+(?:reviewing|drafting|swapping|preparing|organi[sz]ing|planning|coordinating|facilitating|mentoring|shadowing|chairing|negotiating|relocating|visiting|running\s+the\s+(?:\p{Ll}+\s+)?(?:review|meeting|sync|retro|standup|session|workshop|demo|call|interviews?|training|offsite|day)|going\s+to\s+(?:run|lead|own|take|host|handle|cover|present|review|write|draft|chair|pair|interview))\b`;
/** Posts only people hold, at work and at its events ("is the interviewer", "is our reviewer"): not "master" or "head" alone ("main is the new master branch"). */
const ROLES = String.raw`hire|contractor|consultant|intern|manager|lead|head\s+of|director|analyst|engineer|developer|designer|architect|contact|scrum\s+master|owner|recruiter|buddy|mentor|sponsor|coordinator|officer|advisor|accountant|lawyer|counsel|colleague|teammate|employee|starter|joiner|assistant|specialist|liaison|point\s+of\s+contact|cto|ceo|cfo|coo|vp|pm|sre|interviewer|interviewers|reviewer|approver|organi[sz]er|facilitator|presenter|moderator|note-?taker|scribe|trainer|instructor|assessor|interviewee|candidate`;
const POST = String.raw`(?:(?:is|was|['’]s|will\s+be|['’]ll\s+be)\s+(?:the|our|my|your|their|a|an)\s+(?:new\s+|interim\s+|acting\s+|only\s+|main\s+)?(?:[\p{L}-]+\s+)?(?:${ROLES})|(?:are|were)\s+(?:the|our|my|your|their)\s+(?:new\s+|interim\s+|two\s+|three\s+)?(?:[\p{L}-]+\s+)?(?:${ROLES})s)\b`;
const HANDED = String.raw`(?:will|can|could|should|['’]ll)\s+(?:take|run)\s+(?:the\s+)?(?:\p{Ll}+\s+)?(?:call|calls|notes|minutes|meeting|standup|retro|interview|shift|pager|handover)\b`;
const LEAVE = String.raw`(?:is|['’]s)\s+out\s+(?:until|till|til|through)\s+(?:the\s+)?\d`;
const DEBT = String.raw`owes\s+(?:me|us|you|him|her|them)\b`;
const SALE = String.raw`(?:closed|won|landed)\s+(?:the|a|an|our|their|his|her)\s+(?:\p{Ll}+\s+){0,3}?(?:deal|sale)\b`;
const HANDWORK = String.raw`(?:just\s+|also\s+)?(?:pushed|merged|deployed|fixed|acked|reverted|rebased|hotfixed|volunteered|promised)\b`;
/**
 * Choices and errands only people make, in the past: "won the bake-off", "forgot the slides", "typo'd the
 * subject line", "booked the venue", "mentored two new hires", "led the migration". Not "failed", "took" or
 * "stopped": payments fail, jobs take 3s.
 */
const AGENCY = String.raw`(?:just\s+|also\s+)?(?:won\s+(?:the|a|an|first|second|third)|led\s+(?:the|our|their|his|her)\s+(?:\p{Ll}+\s+){0,2}?(?:migration|project|team|effort|rollout|launch|rewrite|redesign|review|hiring|onboarding|workshop|offsite|initiative|programme|program)|mentored|coached|onboarded|interviewed|forgot|remembered|promised|decided|offered|apologi[sz]ed|baked|cooked|booked|invited|hired|quit|resigned|retired|typo['’]?d|misspelled|misspelt|overslept)\b`;
/**
 * What a mind does: "knows where the state lives", "noticed the totals were off", "reckons the vendor will
 * cave", "took a pic of the whiteboard". Not "saw" or "spotted": "Summer saw record signups", "Datadog
 * spotted an anomaly".
 */
const MIND = String.raw`(?:just\s+|also\s+|probably\s+)?(?:(?:knows|knew)\b(?!\s+how\s+to)|noticed|remembers|realised|realized|reckons|reckoned|believes|figured\s+out|took\s+(?:a|the)\s+(?:pic|photo|picture|screenshot|selfie)s?)\b`;
/** A night or shift someone had: "had a rough night on the pager", "had a quiet shift" — not a week or a day, which markets and seasons have too. */
const EXPERIENCE = String.raw`had\s+(?:a|an)\s+(?:rough|long|quiet|bad|tough|busy|hard|awful|terrible|calm|sleepless|crazy)\s+(?:night|shift|on-?call)\b`;
/** A post taken up: "joins as our new support lead", "starts as head of design". */
const JOINS = String.raw`(?:joins|joined|starts|started|is\s+joining|is\s+starting)\s+as\s+(?:the\s+|our\s+|a\s+|an\s+|my\s+)?(?:new\s+|interim\s+|acting\s+)?(?:[\p{L}-]+\s+)?(?:${ROLES})\b`;
/** How someone treats others: "was super helpful with the sso mess", "was rude to the vendor". */
const MANNER = String.raw`(?:is|was|['’]s|has\s+been)\s+(?:so\s+|really\s+|super\s+|incredibly\s+|very\s+|always\s+|extremely\s+|pretty\s+)?(?:patient|kind|helpful|rude|polite|generous|supportive|thoughtful|friendly|considerate)\b`;
/** An opinion held: "is right about the cache key", "was wrong that…". */
const OPINION = String.raw`(?:is|was|['’]s)\s+(?:totally\s+|probably\s+|100%\s+|absolutely\s+)?(?:right|wrong)\s+(?:about|that|re)\b`;
/** Who people are to each other: "are twins", "are married". Not "siblings in the tree": only after a name. */
const KIN = String.raw`(?:are|were)\s+(?:twins|siblings|cousins|married|engaged|dating|roommates|flatmates|neighbou?rs|besties|best\s+friends)\b`;
/** Speech: "ford said the window moved". */
const SPEECH = String.raw`(?:said|says|told\s+(?:me|us)|wrote|replied|mentioned|confirmed|agreed)\b`;

/**
 * The post, said beside the name instead of after "is": "Ravi (the on-call engineer) is out", "Kemal, the
 * recruiter, sent the offer", "Lindiwe, our new designer, starts monday". A post is a person's.
 */
export const POST_BESIDE = String.raw`(?:\(\s*(?:the|our|my|your|their|a|an)?\s*(?:new\s+|interim\s+|acting\s+)?(?:[\p{L}-]+\s+)?(?:${ROLES})\s*\)|,\s+(?:the|our|my|your|their)\s+(?:new\s+|interim\s+|acting\s+)?(?:[\p{L}-]+\s+)?(?:${ROLES}),)`;

/** Work someone here does or holds — not speech or a choice, which public figures are said to make too ("Satya Nadella said…"). */
export const WORK_DOINGS = String.raw`(?:${PROGRESS}|${POST}|${HANDED}|${LEAVE}|${DEBT}|${SALE}|${HANDWORK})`;

export const HUMAN_DOINGS = String.raw`(?:\([^)\n]{1,40}\)\s+)?(?:${WORK_DOINGS}|${AGENCY}|${SPEECH})`;
/**
 * What a mind, a night, a post, a manner, an opinion or kinship says of a word. Said of a place, a firm or
 * a framework these read as figures of speech ("Washington believes…", "Dallas had a rough night, the DC lost
 * power", "Spring knows…"), so they settle only words that are no place or organisation.
 */
export const CHARACTER_DOINGS = String.raw`(?:${MIND}|${EXPERIENCE}|${JOINS}|${MANNER}|${OPINION}|${KIN})`;

/**
 * A word right before a verb, later referred to as "he", "she", "him", "her": "Raven owns the review
 * doc, send your notes to her", "is Bill around? need him to sign", "ruby's moving to the berlin team, her
 * last standup is friday". Things are "it".
 */
const PRONOUN_LATER = /\b(?:he|she|him|her|his|hers|himself|herself)\b/iu;
const PRESENCE_AFTER = /^\s+(?:around|here|online|in\s+today|free|available|about)\s*\?/iu;
const NEXT_WORD = /^\s+(?:(?:just|also|still|already|now)\s+)?([\p{Ll}]+(?:n['’]t)?)\b/u;
const PRONOUN_REACH = 100;
/**
 * "is" or "has" joined to the word, then what it is doing or has done: "ruby's moving to the berlin team…, her last
 * standup", "hugo's been shortlisted… he writes". Not a well-known place, which gets crowded and has been amazing
 * while a he or she nearby is someone else ("Florence's getting crowded, her hotel was full").
 */
const CONTRACTED_VERB_AFTER = /^['’]s\s+(?:(?:just|also|still|already|now|finally)\s+)?(?:\p{Ll}+ing|been|got|gone|left)\b/u;
const AUXILIARIES: ReadonlySet<string> = new Set('is are was were do does did has have had'.split(' '));
/** After "is", "has": a participle or an absence ("is handling it", "has left", "is off"), not a question ("is the build green?"). */
const LOWER_WORD_AFTER = /^\s+(?:\p{Ll}+(?:ing|ed)|out|off|away|back|left|gone)\b/u;

const HAVING: ReadonlySet<string> = new Set(['has', 'had']);
const THING_HAD = /^\s+(?:the|a|an|his|her|their|my|our|your|some|no|two|three)\s+\p{Ll}/u;

const MODALS: ReadonlySet<string> = new Set('will would can could should must may might shall'.split(' '));
const FOLLOWING_WORD = /^\s+(?:not\s+|also\s+|just\s+)?(\p{Ll}+)\b/u;

function isVerbAfter(after: string): boolean {
  const word = FOLLOWING_WORD.exec(after)?.[1];
  return word !== undefined && (isVerbForm(word) || word === 'be' || word === 'have');
}

const WORD_BEFORE_END = /[\p{L}\p{M}'’-]+$/u;

function wordEndingAt(text: string, end: number): string {
  return WORD_BEFORE_END.exec(text.slice(Math.max(0, end - 40), end))?.[0] ?? '';
}

export function isReferredToLater(text: string, end: number): boolean {
  const after = text.slice(end, end + PRONOUN_REACH);
  // The pronoun is looked for last: most words have no verb or presence word right after them.
  if (PRESENCE_AFTER.test(after) || (CONTRACTED_VERB_AFTER.test(after) && !isPlaceName(wordEndingAt(text, end)))) return PRONOUN_LATER.test(after);
  const next = NEXT_WORD.exec(after);
  const verb = next?.[1];
  if (verb === undefined || !(isVerbForm(verb) || verb.endsWith("n't") || verb.endsWith('n’t'))) return false;
  // "hey is Bill around?": an auxiliary before a capitalised word asks about that word, not about this one. "has the keys",
  // "had her baby": having, then what is had, is the verb itself, said of the word before it.
  const rest = after.slice(next![0].length);
  if (AUXILIARIES.has(verb) && !LOWER_WORD_AFTER.test(rest) && !(HAVING.has(verb) && THING_HAD.test(rest))) return false;
  // "mark will review it" has a modal and its verb; in "ask will about the numbers" the "modal" is the person asked.
  if (MODALS.has(verb) && !isVerbAfter(rest)) return false;
  return PRONOUN_LATER.test(after);
}
