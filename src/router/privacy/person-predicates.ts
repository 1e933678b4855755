import { isDepartmentWord } from './department-words.ts';
import { CHARACTER_DOINGS, HUMAN_DOINGS, isReferredToLater, POST_BESIDE, WORK_DOINGS } from './human-doings.ts';

/**
 * What only people do, said right after a word: "is out sick", "is covering the helpdesk", "pinged me",
 * "will demo", "was assigned INC-1", "can you own…", "(our contractor)". A word that is both a name
 * and an everyday word ("Faith", "Rich", "Hill", "drew") is a person when one of these follows it:
 * a product, a firm or a value is never out sick, never pinged anyone, never anyone's contractor.
 * Each pattern reads at most REACH characters after the word; isReferredToLater looks further, for a he/she pointing back.
 */
const REACH = 96;

/**
 * Where someone is or what they are doing right now: "is out sick", "is out til wednesday", "is covering
 * the helpdesk", "was assigned INC-1", "'s on a flight til 6", "is at the dentist". Not a bare "is out" or "is back": power, water and pages are out
 * and back too ("Power is out in the office", "Page is back up").
 */
const STATE = String.raw`(?:is|was|['’]s|are|were)\s+(?:(?:both|all)\s+)?(?:out\s+sick|off\s+sick|sick|ooo|wfh|out\s+of\s+(?:the\s+)?office|out\s+til+\b|on\s+(?:leave|holiday|vacation|pto|parental|paternity|maternity|call)|on\s+(?:a|the|his|her|their)\s+(?:flight|plane|train)(?!\s+(?:line|route|map|path|menu|station|track|timetable|schedule|network))|at\s+(?:the\s+)?(?:dentist|doctor|gp|hospital|vet|school\s+run)|stuck\s+in\s+traffic|covering\s+(?:for|support|on-?call|the\s+(?:helpdesk|desk|pager|queue|shift|rota|on-?call|support|phones))|setting\s+up|taking\s+over|handling\s+(?:the|this|it)|leading\s+(?:the|this)|running\s+the\s+(?:standup|retro|meeting|call|session|workshop)|joining\s+(?:us|the\s+(?:call|team|meeting))|presenting|hosting|interviewing|travel+ing|assigned|promoted|hired|in\s+charge)\b|(?:are|were)\s+(?:both|all)\s+(?:out|off|away)\b`;

/** Work someone takes on: "will demo the search", "can own the postmortem", "to cost it up". */
const TASK = String.raw`(?:will|can|could|should|['’]ll|is\s+going\s+to|to)\s+(?:demo|present|own|lead|host|cover|handle|staff|chair|interview|onboard|mentor|pair|sync|split|cost|take\s+over|be\s+(?:out|off|away|back|the\s+(?:new\s+|interim\s+|acting\s+)?\p{Ll}+))\b`;

/** Contact aimed at the writer: "pinged me", "asked for a summary", "dm'd us". */
const CONTACT = String.raw`(?:pinged|messaged|texted|dm['’]?d|emailed|called|asked)\s+(?:me|us|for|about|if|whether)\b`;

/** A request addressed to the word: "heath can you own…", "srinivas pls update…". */
const REQUEST = String.raw`(?:(?:can|could|would)\s+you|pls|plz|please)\b`;

/** Roles in brackets after a name: "Stone (our contractor)", "Lagi (the new intern)", "Tavis Love (our new AE)", "Faith Bishop (her skip level)", "jack ryan (contractor, infra)". */
const ROLE = String.raw`\((?:(?:our|my|the|your|their|his|her|a|an)\s+)?(?:new\s+)?(?:skip[\s-]?level|contractor|consultant|intern|manager|lead|boss|cto|ceo|cfo|vp|recruiter|designer|engineer|pm|hire|accountant|lawyer|counsel|admin|analyst|architect|colleague|teammate|grad|graduate|candidate|starter|joiner|ae|sdr|bdr|csm|tam|rep|account\s+(?:executive|exec|manager)|champion|sponsor|buddy|mentor|pm|em|tech\s+lead|devops|sre|qa|tester|developer|dev|sysadmin|dba|scrum\s+master|data\s+(?:scientist|engineer)|assistant|secretary|receptionist|translator|interpreter|photographer|driver|courier|cleaner|nanny|tutor|coach|doctor|nurse|landlord|landlady|tenant|neighbou?r|friend|cousin|brother|sister|wife|husband|son|daughter|mum|mom|dad|(?:finance|legal|sales|security|support|marketing|design|product|ops|hr|it|procurement|billing|payroll|facilities|platform|infra)\s+(?:person|guy|girl|lead|manager|engineer|contact|rep))\b`;

/** A bare apostrophe after a name ending in s: "Banks' team", "Rivers' laptop". */
const BARE_POSSESSIVE = String.raw`['’]\s+(?:team|laptop|desk|manager|pr|calendar|inbox|review|idea|code|ticket)\b`;

/**
 * Feelings only people have, said of the word: "is going to be mad", "was gutted", "is thrilled". Not
 * "bad", "late" or "down": builds and trains are those too.
 */
const FEELING = String.raw`(?:is|was|are|were|['’]s|['’]ll\s+be|will\s+be|is\s+going\s+to\s+be|gonna\s+be)\s+(?:so\s+|really\s+|super\s+|pretty\s+|very\s+)?(?:mad|upset|angry|furious|livid|annoyed|thrilled|delighted|stoked|gutted|heartbroken|pissed|sad|excited|nervous|stressed|overwhelmed|jealous|proud|grateful|relieved|embarrassed|offended)\b`;

/** Back from leave: "is back from paternity leave", "'s back from her honeymoon". */
const RETURN = String.raw`(?:is|was|['’]s|will\s+be|['’]ll\s+be|gets|got|came|comes)\s+back\s+from\s+(?:(?:his|her|their)\s+)?(?:\p{Ll}+\s+)?(?:leave|holiday|holidays|vacation|pto|sabbatical|honeymoon|sick\s+leave|mat\s+leave|paternity|maternity)\b`;

/**
 * A status note drops the verb ("oluwaseun out sick", "bartek ooo til monday", "Hye-jin on parental leave",
 * "tobiloba on call this week", "chidinma back tmrw", "bartosz off today"): only states said of people, asked only of
 * a name-shaped word — never "out" or "on hold" alone (disks and projects are those too).
 */
const WHEN = String.raw`(?:today|tmrw|tmr|tomorrow|this\s+(?:week|afternoon|morning)|next\s+week|(?:on\s+)?(?:mon|tues?|wed|thu(?:rs)?|fri|sat|sun)(?:day)?)`;
const BARE_STATE = String.raw`(?:out\s+sick|off\s+sick|ooo|wfh|on\s+(?:(?:parental|paternity|maternity|sick|annual|compassionate)\s+)?leave|on\s+pto|on\s+call\s+${WHEN}|(?:back|off)\s+${WHEN})\b`;

// A contraction joins the predicate to the word ("Long's out sick", "hunter's on PTO"): no space before it.
const PERSON_PREDICATE = new RegExp(String.raw`^(?:\s*(?:${STATE}|${FEELING}|${RETURN})|\s+${BARE_STATE}|\s+(?:${TASK}|${CONTACT}|${REQUEST}|${HUMAN_DOINGS})|\s+${ROLE}|\s*${POST_BESIDE}|${BARE_POSSESSIVE})`, 'iu');
const CHARACTER_PREDICATE = new RegExp(String.raw`^\s+${CHARACTER_DOINGS}`, 'iu');
/**
 * Only what someone here is or does at work: out sick, on leave, covering, asked to do something, holding a post
 * ("is our new auditor", "(the new grad)"), a hand on the work ("pushed a hotfix"). Not speech, feelings or choices:
 * "Satya Nadella said…", "Taylor Swift is thrilled", "Jensen Huang announced…" are said of people in the news too.
 */
const WORK_PREDICATE = new RegExp(String.raw`^(?:\s*(?:${STATE}|${RETURN})|\s+${BARE_STATE}|\s+(?:\([^)\n]{1,40}\)\s+)?(?:${TASK}|${CONTACT}|${REQUEST}|${WORK_DOINGS})|\s+${ROLE}|\s*${POST_BESIDE}|${BARE_POSSESSIVE})`, 'iu');

export function isFollowedByWorkPredicate(text: string, end: number): boolean {
  return WORK_PREDICATE.test(text.slice(end, end + REACH));
}

/** `placeLike`: the word is also a place, a firm or a season, which a mind, a night or an opinion is said of figuratively (human-doings.ts). */
export function isFollowedByPersonPredicate(text: string, end: number, placeLike = false): boolean {
  const after = text.slice(end, end + REACH);
  return PERSON_PREDICATE.test(after) || (!placeLike && CHARACTER_PREDICATE.test(after)) || isReferredToLater(text, end);
}

/**
 * Out for the day or the week: "is out today", "'s out all week", "is out till friday". Power, wifi and sites are said
 * to be out today too ("Power is out today"), so only of a word that can be nothing but a name.
 */
const OUT_FOR_A_TIME = /^(?:\s+is|\s+was|['’]s)\s+out\s+(?:today|tomorrow|tmrw|tmr|all\s+(?:day|week)|this\s+(?:week|afternoon|morning)|(?:on|until|till)\s+(?:mon|tues?|wed|thu(?:rs)?|fri)(?:day)?)\b/iu;

export function isOutForATime(text: string, end: number): boolean {
  return OUT_FOR_A_TIME.test(text.slice(end, end + 32));
}

/** Weaker signs, enough when the word before is already a given name: "Penny Marsh sent…", "Hope Nwosu said". */
const LOOSE_AFTER = /^(?:\s+(?:sent|raised|wants|said|says|asked|wrote|approved|signed|replied|mentioned|joined|left)\b|['’]s\s+\p{Ll})/u;

export function isFollowedLikeAPerson(text: string, end: number): boolean {
  return LOOSE_AFTER.test(text.slice(end, end + 16)) || isFollowedByPersonPredicate(text, end);
}

/** Where someone works: "paul smith from procurement", "Edward Jones in legal", "Wendy on the sales team". */
const TEAM_AFTER = /^\s*,?\s+(?:from|in|on)\s+(?:the\s+|our\s+)?([\p{L}-]+)(\s+team\b)?/iu;
const TEAM_REACH = 40;

export function isFollowedByTeam(text: string, end: number): boolean {
  const team = TEAM_AFTER.exec(text.slice(end, end + TEAM_REACH));
  return team !== null && (team[2] !== undefined || isDepartmentWord(team[1]!.toLowerCase()));
}
