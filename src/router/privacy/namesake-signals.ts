import { hasPersonalThingAfter, hasPersonCueBefore } from './name-cues.ts';
import { isFollowedByTeam, isFollowedByWorkPredicate } from './person-predicates.ts';
import type { TitleSpan } from './public-mentions.ts';

/**
 * What says a famous name is someone here — the private half of public-figures.ts, which wins over the public one:
 * a cue before the name ("ask", "cc", "met with", "sent to", "@"), a post or relation before it ("our new hire",
 * "candidate", "his wife", "my nan", "patient"), a field's label before it ("assignee:", "panel:"), an apposition
 * after it (", candidate for…", ", 54,"), a bracket after it ("(the new grad)"), a team or workplace after it ("from
 * procurement", "from the Pune office"), work said of it ("is out sick", "is our new auditor", "can you…", "signed
 * the form", "announced in #general"), something of the office that is theirs ("'s laptop", "'s report", "'s
 * PIP"), the writer's own dealings with it ("Tom Holland and I", "told me"), and a message that tells the namesake
 * from the famous one ("not the singer", "no relation").
 */

/** A post or a relation right before the name: "our new hire Jennifer Lopez", "candidate Taylor Swift", "his wife …". */
const POST_BEFORE =
  /(?:^|[^\p{L}])(?:hire|candidate|applicant|intern|contractor|consultant|colleague|co-?worker|teammate|manager|boss|report|mentor|mentee|buddy|recruiter|customer|client|tenant|employee|starter|joiner|wife|husband|partner|son|daughter|mum|mom|dad|brother|sister|cousin|friend|neighbou?r|namesake|nan|nana|nanna|gran|granny|grandma|grandmother|grandpa|grandad|granddad|grandfather|aunt|auntie|uncle|niece|nephew|patient|pupil|student|landlord|landlady|vendor|builder|plumber|electrician|witness|guest|tutor|teacher|coach|nurse|caller|subscriber|user|member|prospect|lead|engineer|developer|designer|analyst|director|cfo|ceo|cto|vp|pm)\s+$/iu;
/** Someone's or a deputy's office before the name: "vice president …", "our president …", "the club's chair …". */
const OWN_OFFICE_BEFORE = /(?:^|[^\p{L}])(?:(?:vice|deputy|assistant|associate|executive|acting|interim)[\s-]+|(?:our|my|your|their|the\s+\p{L}+['’]s)\s+)(?:president|chancellor|chair|chairman|chairwoman|senator)\s+$/iu;
/** A field's label right before the name or its list: "assignee: …", "panel: …", "author: …", "winner - …". */
const LABEL_BEFORE = /(?:^|\n)[^\S\n]*[\p{L}][\p{L}\d _/-]{0,30}(?::|\s[-–—])[^\S\n]*$/u;
/** Said of the name right after it, between commas: ", candidate for…", ", 54,", ", our landlord,", ", bed 6". */
const APPOSITION_AFTER = /^\s*,\s+(?:\d{1,3}\b|(?:the|our|my|your|their|a|an)\s+\p{L}|candidate|patient|student|pupil|customer|client|bed\s+\d)/iu;

/** Something handed to someone: "sent to …", "forward it to …", "assigned to …". */
const HANDED_TO_BEFORE = /(?:^|[^\p{L}])(?:send|sends|sent|sending|forward|forwards|forwarded|give|gave|hand|handed|pass|passed|assign|assigned|invite|invited|introduce|introduced|reply|replied)\s+(?:it\s+|this\s+|that\s+|them\s+)?to\s+$/iu;

const BEFORE_REACH = 32;

/** Where someone works, said after the name: "from the Pune office", "at the client's site", "from our vendor". */
const WORKPLACE_AFTER =
  /^\s*,?\s+(?:from|at|in)\s+(?:the|our|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:office|team|site|branch|store|warehouse|hub|campus|firm|agency|vendor|supplier|bank|client|customer|partner|department|dept)\b/iu;

/** Said inside the company, after the name's verb: "announced in #general", "tweeted from the company account". */
const INTERNAL_VENUE_AFTER =
  /^\s+\p{L}+\s+(?:in\s+#|on\s+slack|in\s+(?:the\s+)?(?:all-?hands|standup|channel|thread)\b|to\s+(?:the\s+team|everyone|us\s+all)\b|from\s+(?:the|our)\s+(?:company|work|team)\s+account\b)/iu;

/**
 * The message tells the namesake from the famous one: "(not the CNN doctor)", "no relation", "yes really", "every Game
 * of Thrones joke". Anywhere in it, every title stays masked.
 */
const NAMESAKE_TOLD =
  /\bnot\s+(?:the|that|a|an)\s+(?:[\p{L}-]+\s+){0,2}?(?:one|famous|singer|actor|actress|footballer|player|athlete|author|writer|ceo|founder|doctor|legend|rapper|star|celebrity|president|politician|character|chef|comedian|musician|director|billionaire|astronaut|scientist|band)\b|\bno\s+relation\b|\bnamesake\b|\bsame\s+name\b|\b(?:real|actual)\s+name\b|\byes,?\s+really\b|\bjokes?\b/iu;

/**
 * Office work done, said after the name: "signed the vendor form", "reviewed the runbook". Not what people in the
 * news are said to do — said, wrote, announced, tweeted, launched — which is read as them.
 */
const WORK_DONE_AFTER = /^\s+(?:just\s+|also\s+|already\s+)?(?:signed|approved|reviewed|submitted|sent|raised|replied|filed|booked|cancelled|canceled|updated|uploaded|forwarded|scheduled|escalated|assigned|invoiced|onboarded)\b/iu;

/** The office's own work, someone's after a possessive: "'s report is late", "'s diagrams", "'s slides". */
const OFFICE_WORK_AFTER =
  /^['’]s?\s+(?:[\p{L}\d-]+\s+){0,2}?(?:reports?|slides|deck|diagrams?|docs?|document|notes|spreadsheet|sheet|timesheet|estimate|proposal|draft|offer|invoice|expenses?|feedback|standup|1:1|onboarding|offboarding|handover|runbook|branch|commits?|tickets?|tasks?|pip|probation|cv|resume|résumé|resignation|notice|bonus|references?|commission|refund|start\s+date|last\s+day|performance|appraisal|promotion|payslip|salary|payroll|contract|badge|login|password|absence|sick\s+note|background\s+check|application|relocation|shift|rota|leaving\s+(?:card|do|drinks)|(?:1-on-1|one-on-one))\b/iu;

/** "both out sick", "all on leave": a list's predicate after its quantifier. */
const QUANTIFIER_AFTER = /^\s+(?:both|all)(?=\s)/iu;

/** The writer's own dealings with the name, in its sentence: "Tom Holland and I are pairing", "going to the gig with me", "told me". */
const FIRST_PERSON_TIE =
  /\b(?:and\s+i|and\s+me|me\s+and|with\s+(?:me|us)|(?:told|asked|sent|gave|showed|messaged|pinged|emailed|texted|called|dm['’]?d)\s+(?:me|us))\b/iu;

const BRACKET_AFTER = /^\s*\(/u;

/** Read once per text, however many names it holds. */
let lastTold: { text: string; told: boolean } | undefined;

function tellsNamesakeApart(text: string): boolean {
  if (lastTold?.text !== text) lastTold = { text, told: NAMESAKE_TOLD.test(text) };
  return lastTold.told;
}

export function isSomeoneHere(text: string, span: TitleSpan): boolean {
  if (tellsNamesakeApart(text) || FIRST_PERSON_TIE.test(span.sentence)) return true;
  const before = text.slice(Math.max(0, span.start - BEFORE_REACH), span.start);
  if (hasPersonCueBefore(text, span.start) || POST_BEFORE.test(before) || HANDED_TO_BEFORE.test(before) || LABEL_BEFORE.test(before) || OWN_OFFICE_BEFORE.test(before)) return true;
  // What follows the title is read after the name, before its possessive: "Taylor Swift's laptop", "… Swift's out sick".
  if (hasPersonalThingAfter(text, span.nameEnd) || OFFICE_WORK_AFTER.test(text.slice(span.nameEnd, span.nameEnd + 40))) return true;
  const end = span.end === span.lastEnd ? span.nameEnd : span.end;
  const quantifier = QUANTIFIER_AFTER.exec(text.slice(end, end + 8))?.[0].length ?? 0;
  return (
    BRACKET_AFTER.test(text.slice(span.end, span.end + 3)) ||
    APPOSITION_AFTER.test(text.slice(span.end, span.end + 24)) ||
    isFollowedByWorkPredicate(text, end + quantifier) ||
    WORK_DONE_AFTER.test(text.slice(end, end + 40)) ||
    isFollowedByTeam(text, span.end) ||
    WORKPLACE_AFTER.test(text.slice(span.end, span.end + 48)) ||
    INTERNAL_VENUE_AFTER.test(text.slice(end, end + 56))
  );
}
