import { registerGuardCache } from './bounded-cache.ts';
import { isFirmDoingBusiness } from './business-subjects.ts';
import { isCalendarWord } from './calendar-words.ts';
import { isInsideKnownBrand } from './known-brands.ts';
import { isInsideKnownFirm } from './known-firms.ts';
import { isNameOfAThing } from './names-of-things.ts';
import { isNameGivenToThings } from './thing-name-lists.ts';
import { isFollowedLikeAPerson } from './person-predicates.ts';
import { isValediction } from './detect-person-signatures.ts';
import { isNamedPlace } from './named-places.ts';
import { isOwnOrganisationName } from './own-organisation.ts';
import { isAfterPlacePreposition } from './place-lists.ts';
import { isPlaceholderName } from './placeholder-names.ts';
import { isPublicFigure } from './public-figures.ts';
import { isTownOrPlace } from './settlement-names.ts';
import { isStreetName } from './street-names.ts';
import { isIdPaperName } from './detect-id-numbers.ts';
import type { Candidate } from './types.ts';

/**
 * The last say on a found name, from the words around it: a date ("instead of Tuesday"), a thing named
 * after someone ("Conway's law", "Team Narwhal", "Victoria line"), a firm at work ("Bosch is piloting"),
 * a public holiday ("Victoria Day"), a place ("the team in Sweden", "a trip to florence"), a currency ("KES 4.2M"), a
 * valediction ("Best, Kwabena"), a placeholder in an example ("the form's hint says Joe Bloggs"), a public figure or a
 * character ("Satya Nadella's keynote", "very Ted Lasso energy"). Read per candidate, a few
 * dozen characters each.
 */
const DAY_HOLIDAY = / Day$/u;

/**
 * "the team in Sweden sent us", "our contractor in Austin approved": one word after a preposition of
 * place (place-lists.ts) is where someone is, not who — not a possessive ("in Priya's team").
 */
const POSSESSIVE_AFTER = /^['’]/u;

function isPlaceAfterPreposition(text: string, candidate: Candidate, otherLanguage: boolean): boolean {
  if (POSSESSIVE_AFTER.test(text.slice(candidate.end, candidate.end + 1))) return false;
  // In another language "in" may be its "and" ("mateja in luka bosta…", Slovenian): a lower-case word after it is read there.
  const english = !otherLanguage || candidate.value !== candidate.value.toLowerCase();
  if (english && !candidate.value.includes(' ') && isAfterPlacePreposition(text, candidate.start)) return true;
  return isDestination(text, candidate);
}

/**
 * "a trip to florence and siena", "flights to Kisumu", "moving to Adelaide": a town after a word of travel
 * and its preposition, or listed after such a town, is where someone goes ("train Austin", "drive Tyler to
 * the airport" take people). A route by road, rail, sea or air names two: "drive from são paulo to santos"
 * (not "on-call moved from Austin to Tyler", "coach from Jordan says": work and people move too). Only a
 * name that is wholly a town or a well-known place.
 */
const TRAVEL_BEFORE =
  /(?:^|[^\p{L}])(?:trips?|flights?|fly|flying|flew|travel(?:l?ing|s|l?ed)?|drive|driving|train|ferry|holiday|vacation|relocat(?:e|ing|ed)|move|moving|moved|road ?trip|tour(?:ing)?)\s+(?:to|in|around|through|across)\s+(?:[\p{L}'’-]+(?:\s*,\s*|\s+(?:and|&|or)\s+)){0,3}$/iu;
const ROUTE_WORDS = String.raw`(?:flights?|fly|flying|flew|drive|driving|drove|train|trains|ferry|bus|road ?trip|ride|taxi|cab|commute|shipping|shipped|ships|travel(?:l?ed|l?ing)?)`;
/** The town after "from": the route goes on to another ("… from X to Y"). */
const ROUTE_FROM_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])${ROUTE_WORDS}\s+from\s+$`, 'iu');
/** The town after "to": the route came from one ("… from X to "). */
const ROUTE_TO_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])${ROUTE_WORDS}\s+from\s+([\p{L}'’-]+(?:\s[\p{L}'’-]+)?)(?:,?\s+\p{Lu}{2})?\s+to\s+$`, 'iu');
/** After the first town, maybe its state's code ("Charlotte NC to Savannah GA"), then the second. */
const ROUTE_TO_AFTER = /^(?:,?\s+\p{Lu}{2})?\s+to\s+([\p{L}'’-]+(?:\s[\p{L}'’-]+)?)/u;
const TRAVEL_REACH = 64;

function isDestination(text: string, candidate: Candidate): boolean {
  if (!isTownOrPlace(candidate.value)) return false;
  const before = text.slice(Math.max(0, candidate.start - TRAVEL_REACH), candidate.start);
  if (TRAVEL_BEFORE.test(before)) return true;
  // A route: both ends towns.
  if (ROUTE_FROM_BEFORE.test(before)) return isTownStart(ROUTE_TO_AFTER.exec(text.slice(candidate.end, candidate.end + 40))?.[1]);
  return isTownStart(ROUTE_TO_BEFORE.exec(before)?.[1]);
}

/** One or two words that are a town, or whose first word is one. */
function isTownStart(words: string | undefined): boolean {
  return words !== undefined && (isTownOrPlace(words) || isTownOrPlace(words.split(/\s/u)[0]!));
}

/**
 * "asking KES 4.2M", "NGN 450,000", "1,200 CHF": a currency's ISO code (the runtime's own list) beside an
 * amount — a figure written as money is: with decimals, thousands grouped, a k/M/bn, or three digits or
 * more not opening with 0. "thanks RON 2 for…" and "call RON 07700 900123" keep the person.
 */
let currencyCodes: ReadonlySet<string> | undefined;
const AMOUNT = String.raw`(?!0\d)\d{1,3}(?:[,.]\d{3})*(?:[.,]\d{1,2})?(?:[ \t]?(?:k|m|mn|bn|million|billion))?`;
const AMOUNT_AFTER = new RegExp(String.raw`^[ \t]?(${AMOUNT})(?![\d])(?![ \t]?\d)`, 'iu');
const AMOUNT_BEFORE = new RegExp(String.raw`(?<![\d.,])(${AMOUNT})[ \t]?$`, 'iu');
const MONEY_SHAPED = /[.,]|\d{3}|[kmb]/iu;

function isCurrencyBesideAmount(text: string, candidate: Candidate): boolean {
  if (candidate.value.length !== 3 || candidate.value !== candidate.value.toUpperCase()) return false;
  currencyCodes ??= new Set(Intl.supportedValuesOf('currency'));
  if (!currencyCodes.has(candidate.value)) return false;
  const amount = AMOUNT_AFTER.exec(text.slice(candidate.end, candidate.end + 24))?.[1] ?? AMOUNT_BEFORE.exec(text.slice(Math.max(0, candidate.start - 24), candidate.start))?.[1];
  return amount !== undefined && MONEY_SHAPED.test(amount);
}

/**
 * Names from the member directory stay: a colleague's name is a name wherever it stands. `otherLanguage`: the
 * message is mostly in another language, where English prepositions are not read before its lower-case words.
 */
export function withoutNonPersonUses(text: string, candidates: Candidate[], otherLanguage = false): Candidate[] {
  if (!candidates.some((candidate) => candidate.type === 'PERSON')) return candidates;
  const judgedBefore = kept?.text === text && kept.otherLanguage === otherLanguage ? kept.spans : undefined;
  const spans = new Set<string>();
  const result = candidates.filter((candidate) => {
    if (candidate.type !== 'PERSON' || candidate.identity?.startsWith('member:') === true) return true;
    const span = spanKey(candidate);
    const nonPerson = judgedBefore?.has(span) === true ? isNonPersonAmong(text, candidate, candidates) : isNonPersonUse(text, candidate, candidates, otherLanguage);
    if (!nonPerson) spans.add(span);
    return !nonPerson;
  });
  kept = { text, otherLanguage, spans };
  return result;
}

/**
 * The names the last call kept, with the text and language it read them in. The pipeline judges a message's names a
 * second time once more have joined them (detect-entities.ts), mostly the same spans; every reading but two looks only
 * at the text and the span, and those were all false for a name kept, so a kept span is read again on those two only.
 */
let kept: { text: string; otherLanguage: boolean; spans: ReadonlySet<string> } | undefined;
// It holds the last message: dropped with the other caches of message text.
registerGuardCache({ clear: () => (kept = undefined) });

function spanKey(candidate: Candidate): string {
  return `${candidate.start}:${candidate.end}:${candidate.value}`;
}

/** The readings of isNonPersonUse that look at the other names found: a list of places, a public figure among private people. */
function isNonPersonAmong(text: string, candidate: Candidate, candidates: readonly Candidate[]): boolean {
  return isNamedPlace(text, candidate, candidates) || isPublicFigure(text, candidate, candidates);
}

function isNonPersonUse(text: string, candidate: Candidate, candidates: readonly Candidate[], otherLanguage: boolean): boolean {
  if (DAY_HOLIDAY.test(candidate.value) && !isFollowedLikeAPerson(text, candidate.end)) return true;
  return isCalendarWord(text, candidate) || isValediction(text, candidate) || isCurrencyBesideAmount(text, candidate) || isPlaceAfterPreposition(text, candidate, otherLanguage) || isNamedPlace(text, candidate, candidates) || isStreetName(text, candidate) || isNameOfAThing(text, candidate) || isNameGivenToThings(text, candidate) || isFirmDoingBusiness(text, candidate) || isInsideKnownFirm(text, candidate) || isInsideKnownBrand(text, candidate) || isPlaceholderName(text, candidate) || isOwnOrganisationName(text, candidate) || isPublicFigure(text, candidate, candidates) || isIdPaperName(candidate.value);
}

