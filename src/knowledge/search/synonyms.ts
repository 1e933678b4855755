/**
 * Query-side synonyms for the workplace vocabulary people use interchangeably. Every entry of a
 * group finds every other: a question about "vacation" also searches "PTO", "paid time off"… The
 * index stays as written; only the query grows, so the map can change without re-indexing.
 * Keep groups tight: a word here is searched whenever any of its partners is asked about.
 */
import { stem } from './stemmer.ts';

export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  // Not bare "leave": it is also the verb ("after leaving the company") and names sick and parental leave.
  ['vacation', 'pto', 'paid time off', 'time off', 'holiday', 'annual leave', 'days off'],
  ['sick', 'ill', 'illness', 'unwell', 'sick day', 'flu', 'cold'],
  ['parental leave', 'maternity leave', 'paternity leave', 'maternity', 'paternity', 'adoption', 'new parent', 'baby', 'pregnant', 'pregnancy', 'newborn', 'father', 'mother', 'dad', 'mom', 'mum'],
  ['child', 'kid', 'children', 'kids'],
  ['laptop', 'computer', 'notebook', 'macbook'],
  ['vpn', 'remote access'],
  ['expense', 'reimbursement', 'reimburse', 'refund', 'paid back', 'pay back'],
  ['on call', 'pager', 'paging', 'paged'],
  ['password', 'passphrase', 'credentials', 'pw', 'pwd'],
  ['2fa', 'two factor', 'mfa', 'multi factor', 'authenticator'],
  ['wifi', 'wi fi', 'wireless'],
  ['remote work', 'work from home', 'wfh', 'home office', 'telework', 'working remotely'],
  ['salary', 'paycheck', 'payroll', 'compensation', 'direct deposit', 'payslip', 'pay slip', 'pay stub', 'paystub', 'wages'],
  ['manager', 'boss', 'supervisor', 'mgr', 'line manager'],
  ['onboarding', 'first day', 'first week', 'new hire', 'new starter', 'day one', 'day 1'],
  ['incident', 'outage', 'downtime'],
  ['software', 'app', 'application', 'license'],
  ['travel', 'trip', 'business trip'],
  ['meal', 'food', 'lunch', 'dinner', 'per diem'],
  ['harassment', 'bullying', 'discrimination'],
  ['health insurance', 'medical', 'dental', 'vision'],
  ['escalate', 'escalation'],
  ['approve', 'approval', 'sign off'],
  // Handing in paperwork: people "file" or "turn in" what the handbook tells them to "submit".
  ['submit', 'file', 'lodge', 'hand in', 'turn in', 'send in'],
  ['hotel', 'accommodation', 'lodging'],
  ['phone', 'mobile', 'cell phone'],
  ['resign', 'resignation', 'quit', 'notice period'],
  ['gym', 'wellness', 'fitness'],
  // Talking to a professional about one's mental health, in the words people use for it.
  ['therapy', 'therapist', 'counselling', 'counseling', 'counsellor', 'counselor', 'psychologist', 'mental health', 'employee assistance'],
  ['retirement', '401k', 'pension'],
  ['training', 'learning', 'course', 'conference', 'conf', 'confs'],
  // What happened to a thing, told as the mishap itself: the handbook's headings say broken, damaged, lost or stolen.
  ['broken', 'damaged', 'cracked', 'stolen', 'stole', 'lost', 'spilled', 'spilt', 'smashed', 'shattered', 'robbed', 'theft', 'misplaced', 'water damage'],
  ['allowance', 'stipend', 'per diem'],
  ['corporate card', 'company card', 'credit card'],
  ["doctor's note", 'medical certificate', 'sick note'],
  // The abbreviations of chat: each means one thing in a workplace question.
  ['minimum', 'min'],
  ['maximum', 'max'],
  ['subscription', 'sub', 'subs'],
  ['department', 'dept'],
  ['account', 'acct'],
  ['information', 'info'],
  ['request', 'req'],
  ['approximately', 'approx'],
  ['year', 'yr', 'yrs'],
  ['certification', 'certificate', 'cert', 'certs'],
  ['people', 'ppl', 'folks'],
  ['severity', 'sev', 'sev1', 'sev2', 'sev3', 'p1', 'p2'],
  ['management', 'mgmt'],
  ['document', 'doc', 'docs'],
  ['message', 'msg', 'msgs'],
  ['organization', 'organisation', 'org'],
  ['enrol', 'enroll', 'enrolment', 'enrollment', 'sign up', 'signup', 'register', 'registration'],
  // Work outside the job, in the words people use for it; the handbook says "side business".
  ['side business', 'side gig', 'side hustle', 'side project', 'freelance', 'freelancing', 'moonlighting', 'second job', 'outside work'],
  // Starting an incident: the handbook "declares" one, people raise, open or call it.
  ['declare an incident', 'raise an incident', 'open an incident', 'call an incident', 'start an incident', 'declare'],
  // Sleep broken by work: the handbook counts pages "at night".
  ['at night', 'overnight', 'middle of the night', 'woken up', 'woke up', 'woke me'],
];

/** A word or phrase as written (what FTS is asked for) and stemmed (what matching compares). */
export interface Phrase {
  readonly words: readonly string[];
  readonly stems: readonly string[];
  /** How much a match counts against the word itself (1 when unset): less for a looser relative (related-words.ts). */
  readonly credit?: number;
}

export interface SynonymIndex {
  /** Stemmed phrase (stems joined by spaces) → every phrase of its group, itself included. */
  readonly groups: ReadonlyMap<string, readonly Phrase[]>;
  /** Longest synonym phrase, in words: how far ahead the query analyser must look. */
  readonly longest: number;
}

export function toPhrase(text: string): Phrase {
  const words = text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return { words, stems: words.map(stem) };
}

export function buildSynonymIndex(groups: readonly (readonly string[])[] = SYNONYM_GROUPS): SynonymIndex {
  const index = new Map<string, Phrase[]>();
  let longest = 1;
  for (const group of groups) {
    const phrases = group.map(toPhrase);
    for (const phrase of phrases) {
      longest = Math.max(longest, phrase.words.length);
      const key = phrase.stems.join(' ');
      index.set(key, dedupe([...(index.get(key) ?? []), ...phrases]));
    }
  }
  return { groups: index, longest };
}

/** Each phrase once, by its stems: a synonym group can hold the phrase that brought it in. */
export function dedupe(phrases: readonly Phrase[]): Phrase[] {
  const seen = new Set<string>();
  return phrases.filter((phrase) => {
    const key = phrase.stems.join(' ');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export const DEFAULT_SYNONYMS: SynonymIndex = buildSynonymIndex();
