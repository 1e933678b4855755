import type { CountryCode } from 'libphonenumber-js/max';
import { detectAddresses } from './detect-address.ts';
import { detectAnsweredQuestions } from './answered-questions.ts';
import { detectAddressLines } from './detect-address-lines.ts';
import { detectPostalBoxes } from './detect-address-boxes.ts';
import { detectNumberedPartAddresses } from './detect-address-numbered-parts.ts';
import { detectPlaceAnchoredAddresses } from './detect-address-places.ts';
import { withBulletSlots } from './bullet-slots.ts';
import { detectNameLabels } from './detect-name-labels.ts';
import { detectNamesInCapitals } from './detect-person-capitals.ts';
import { detectCjkAddresses } from './detect-address-cjk.ts';
import { detectScriptAddresses } from './detect-address-scripts.ts';
import { detectUnitWordAddresses } from './detect-address-unit-words.ts';
import { detectCreditCards } from './detect-credit-card.ts';
import { detectDatesOfBirth } from './detect-date-of-birth.ts';
import { detectIdNumbers } from './detect-id-numbers.ts';
import { detectNationalIds } from './detect-national-ids.ts';
import { detectCredentialLines } from './detect-credential-lines.ts';
import { detectEmails } from './detect-email.ts';
import { detectQueryFields } from './detect-query-fields.ts';
import { detectIbans } from './detect-iban.ts';
import { detectIpAddresses } from './detect-ip-address.ts';
import { detectDirectoryNames } from './detect-person-directory.ts';
import { detectNlpNames } from './detect-person-nlp.ts';
import { detectGivenNames } from './detect-person-given.ts';
import { detectRecallNames } from './detect-person-recall.ts';
import { detectNamesByPlace } from './detect-person-places.ts';
import { detectOtherScriptNames } from './detect-person-script.ts';
import { detectNameShapes } from './detect-person-shape.ts';
import { detectRomanisedNames } from './detect-person-romanised.ts';
import { detectPhones, resolvePhoneRegions } from './detect-phone.ts';
import { detectSecretAssignments } from './detect-secret-assignments.ts';
import { detectSpokenNumbers } from './detect-spoken-numbers.ts';
import { detectSecretFlags } from './detect-secret-flags.ts';
import { detectSecretsByPlace } from './detect-secret-places.ts';
import { detectSecretShapes } from './detect-secret-shapes.ts';
import { detectSecurityAnswers } from './detect-security-answers.ts';
import { detectEncodedCredentials, detectJwts, detectPrivateKeys } from './detect-secret-blocks.ts';
import { detectSecretTokens } from './detect-secret-tokens.ts';
import { detectLabelledFields } from './detect-labelled-fields.ts';
import { detectMachineFieldNames } from './detect-person-machine-fields.ts';
import { detectMentionedNames } from './detect-person-mentions.ts';
import { detectTableColumns } from './detect-table-columns.ts';
import { detectUrlCredentials } from './detect-url-credentials.ts';
import { detectUsSsns } from './detect-us-ssn.ts';
import { memberDirectoryFor, type MemberDirectory } from './member-directory.ts';
import { withoutOrganisationNames } from './organisation-names.ts';
import { isHolidayName } from './holiday-names.ts';
import { withoutNonPersonUses } from './non-person-uses.ts';
import { resolveOverlaps } from './resolve-overlaps.ts';
import type { Candidate, DetectedEntity, GuardOptions } from './types.ts';
import { widenNames } from './widen-names.ts';
import { withNamesJoinedAcrossParticles } from './join-name-particles.ts';
import { withRepeatedAddresses } from './repeat-addresses.ts';
import { withAddressLabelLines } from './address-label-lines.ts';
import { withRepeatedNames } from './repeat-names.ts';
import { withSpelledNames } from './spelled-names.ts';
import { withRepeatedValues } from './repeat-values.ts';
import { withNamesBeforeDetails, withHoldersBeforeValues } from './names-before-details.ts';
import { withTableColumnSlots } from './table-column-slots.ts';
import { withSurnameFirstRows } from './surname-first-rows.ts';
import { withScriptHolders } from './script-holders.ts';
import { looksMostlyForeign, tokenize, type Token } from './recall-words.ts';
import { withCoordinatedNames } from './coordinated-names.ts';
import { withNamesBesideNames } from './names-beside-names.ts';
import { detectSalutedNames, withoutSalutations } from './detect-person-salutations.ts';
import { detectSuffixHonorificNames } from './detect-person-suffix-honorifics.ts';
import { detectTurkishSuffixedNames } from './detect-person-turkish-suffixes.ts';
import { detectWhoOptions } from './detect-person-who-options.ts';
import { detectNamesAfterScriptTitles } from './detect-person-script-titles.ts';
import { detectArabicScriptNames } from './detect-person-arabic-script.ts';
import { detectGivenArabicScriptNames } from './detect-person-arabic-script-given.ts';
import { detectGivenHebrewNames } from './detect-person-hebrew-given.ts';
import { withSpeakerLabels } from './speaker-labels.ts';
import { detectRoleSpeakers } from './detect-person-role-speakers.ts';
import { detectPatronymicConnectorNames } from './detect-person-patronymic-connectors.ts';
import { detectSpeakerHeadings } from './detect-person-speaker-headings.ts';
import { withPronounAntecedents } from './pronoun-antecedents.ts';
import { detectRoleNames } from './detect-person-roles.ts';
import { detectSignatureNames } from './detect-person-signatures.ts';
import { detectMailHeaderNames } from './detect-mail-headers.ts';
import { withoutBusinessAddresses } from './business-addresses.ts';
import { withoutThingColumnCells } from './thing-columns.ts';
import { detectAskedAboutNames } from './detect-person-asked-about.ts';
import { detectNamesAfterFormsOfAddress, withoutFormsBeforeNames } from './detect-person-address-forms.ts';
import { detectNamesBeforeFormsOfAddress } from './detect-person-forms-after.ts';
import { detectNamedPeople } from './detect-person-naming.ts';
import { detectOwnersByPossessive } from './detect-person-owners.ts';
import { withListSlots } from './list-slots.ts';
import { otherLanguageOf } from './message-language.ts';
import { isGrammarOf } from './function-words.ts';
import { detectOtherLanguageNames, UNKNOWN_LANGUAGE } from './detect-person-other-language.ts';
import { withOtherLanguageSentences } from './sentence-languages.ts';
import { hasPersonCueBefore } from './name-cues.ts';
import { isHonorific } from './name-lexicon.ts';
import { hasDigits, withAsciiDigits } from './text-scan.ts';

/** Digits that are all zeros, whatever separates them: no one's number. */
function isZerosOnly(value: string): boolean {
  return !NON_ZERO_DIGIT.test(value);
}
const NON_ZERO_DIGIT = /[1-9]/u;

/** Options compiled once (regions checked, directory regex built) and reused for every text. */
export interface PreparedOptions {
  regions: readonly CountryCode[];
  directory: MemberDirectory | undefined;
}

export function prepareOptions(options: GuardOptions | undefined): PreparedOptions {
  return { regions: resolvePhoneRegions(options?.regions), directory: memberDirectoryFor(options?.memberNames) };
}

/** Runs every detector, then resolves overlaps. Digit-based detectors are skipped when the text has too few digits. */
export function detectCandidates(text: string, prepared: PreparedOptions): Candidate[] {
  if (text.length === 0) return [];
  const found: Candidate[] = [
    ...detectPrivateKeys(text),
    ...detectJwts(text),
    ...detectEncodedCredentials(text),
    ...detectSecretTokens(text),
    ...detectSecretAssignments(text),
    ...detectSecretFlags(text),
    ...detectSecretsByPlace(text),
    ...detectSecretShapes(text),
    ...detectSecurityAnswers(text),
    ...detectCredentialLines(text),
    ...detectUrlCredentials(text),
    ...detectEmails(text),
    ...detectQueryFields(text),
  ];
  // Numbers are read with every numbering system's digits as ASCII ones, at the same offsets; values are the text's own.
  const numeric = withAsciiDigits(text);
  const numbers: Candidate[] = [...detectIpAddresses(numeric), ...detectIbans(numeric)];
  if (hasDigits(numeric, 9)) numbers.push(...detectCreditCards(numeric), ...detectUsSsns(numeric));
  // Hong Kong's and Singapore's numbers have eight digits, a local one seven ("555-0142" after "call"): fewer than a card's or an SSN's.
  if (hasDigits(numeric, 7)) numbers.push(...detectPhones(numeric, prepared.regions));
  if (hasDigits(numeric, 1)) numbers.push(...detectAddresses(numeric), ...detectAddressLines(numeric), ...detectCjkAddresses(numeric), ...detectScriptAddresses(numeric), ...detectDatesOfBirth(numeric), ...detectIdNumbers(numeric), ...detectNationalIds(numeric), ...detectNumberedPartAddresses(numeric));
  // A number of zeros alone is a form's or a fixture's placeholder ("PESEL 00000000000", "CPF 000.000.000-00").
  const real = numbers.filter((candidate) => !isZerosOnly(numeric.slice(candidate.start, candidate.end)));
  found.push(...(numeric === text ? real : real.map((candidate) => ({ ...candidate, value: text.slice(candidate.start, candidate.end) }))), ...detectSpokenNumbers(text, prepared.regions));
  // Answers to an identity check's questions: a secret or a name answered may hold no digit at all ("first pet? ⏎ biscuit").
  const answered = detectAnsweredQuestions(numeric).filter((candidate) => candidate.type === 'SECRET' || candidate.type === 'PERSON' || !isZerosOnly(numeric.slice(candidate.start, candidate.end)));
  found.push(...(numeric === text ? answered : answered.map((candidate) => ({ ...candidate, value: text.slice(candidate.start, candidate.end) }))));
  // A village may be written with no number at all ("Aldea El Tablón, Sololá").
  found.push(...detectPlaceAnchoredAddresses(text), ...detectUnitWordAddresses(text), ...detectPostalBoxes(text), ...detectDirectoryNames(text, prepared.directory));
  const words = tokenize(text);
  // isMostlyAnotherLanguage, with the function-word language read once and kept for the names in it. An address
  // written in its country's words ("Calle Durango 214, Col. Roma Norte…") does not make the message Spanish.
  // Read on the prose as well, it can only make a message less foreign: fewer words left can tip a short message the other way.
  const prose = wordsOutside(words, found, 'ADDRESS');
  const wholeLanguage = otherLanguageOf(words);
  const foreign = (tokens: readonly Token[], functionLanguage: string | undefined) => functionLanguage !== undefined || looksMostlyForeign(tokens);
  const otherLanguage = foreign(words, wholeLanguage) && (prose === words || foreign(prose, otherLanguageOf(prose)));
  const language = otherLanguage ? wholeLanguage : undefined;
  found.push(...detectNames(text, words, language, otherLanguage), ...detectNamesInCapitals(text), ...detectNamesAfterFormsOfAddress(text, words), ...detectNamesBeforeFormsOfAddress(text, words), ...detectRomanisedNames(text));
  found.push(...detectOtherScriptNames(text), ...detectTableColumns(text), ...detectLabelledFields(text), ...detectNameLabels(text), ...detectMachineFieldNames(text), ...detectMentionedNames(text), ...detectRoleNames(text), ...detectAskedAboutNames(text), ...detectNamedPeople(text), ...detectSalutedNames(text), ...detectWhoOptions(text), ...detectNamesAfterScriptTitles(text), ...detectArabicScriptNames(text), ...detectGivenArabicScriptNames(text), ...detectGivenHebrewNames(text), ...detectOwnersByPossessive(text), ...detectSignatureNames(text), ...detectMailHeaderNames(text), ...detectSuffixHonorificNames(text), ...detectTurkishSuffixedNames(text), ...detectRoleSpeakers(text), ...detectSpeakerHeadings(text), ...detectPatronymicConnectorNames(text));
  // Names grow over their unlisted neighbours once the overlaps are settled (fewer, distinct spans).
  const resolved = resolveOverlaps(text, found);
  const widened = widenNames(text, resolved, otherLanguage);
  const grown = withoutSalutations(text, withoutFormsBeforeNames(text, withNamesJoinedAcrossParticles(text, widened.some((entity, index) => entity !== resolved[index]) ? resolveOverlaps(text, widened) : resolved)));
  // Read once the names have grown: "Victoria" is seen as "Victoria Day", "Sierra" as "Sierra Nevada".
  const judged = withoutNonPersonUses(text, grown, otherLanguage);
  // A name beside a settled name, one a later "she"/"he" refers to, in the same place of a row, a table column, a surname-first list or a list's items as settled names, before its bracketed details or its address:
  // read once the others are known, judged like them.
  const beside = withScriptHolders(text, withBulletSlots(text, withSurnameFirstRows(text, withTableColumnSlots(text, withHoldersBeforeValues(text, withNamesBeforeDetails(text, withListSlots(text, words, withPronounAntecedents(text, words, withSpeakerLabels(text, withNamesBesideNames(text, withCoordinatedNames(text, words, judged)))), otherLanguage)))))));
  const settled = beside.length === judged.length ? judged : withoutNonPersonUses(text, resolveOverlaps(text, beside), otherLanguage);
  // A name the message repeats as written or spells out, the other lines of an address label, a house and street it repeats in any case, or a value read back, once the first mention is known.
  const repeated = withRepeatedValues(text, withRepeatedAddresses(text, withAddressLabelLines(text, withSpelledNames(text, withRepeatedNames(text, settled)))));
  return withoutBusinessAddresses(text, withoutThingColumnCells(text, repeated.length === settled.length ? settled : resolveOverlaps(text, repeated)));
}

/**
 * The three name passes. In a message mostly in another language, capitalised runs are that language's
 * nouns and formal address ("Bitte Prüfen Sie"), so the lexicon and shape passes keep only cued names;
 * when its function words say which language it is, a given name in a name's place counts too
 * (detect-person-other-language.ts), and when they do not — a language no list has, or a short English
 * message a quoted phrase or an address tips over — a given name and a surname still do.
 */
function detectNames(text: string, words: readonly Token[], language: string | undefined, otherLanguage: boolean): Candidate[] {
  let shaped = [...detectNlpNames(text), ...detectNameShapes(text)];
  if (otherLanguage) shaped = shaped.filter((candidate) => hasPersonCueBefore(text, candidate.start) || isHonorific(candidate.value.split(' ')[0] ?? ''));
  const inLanguage = !otherLanguage ? [] : detectOtherLanguageNames(text, words, language ?? UNKNOWN_LANGUAGE);
  const names = withoutOrganisationNames(text, [...shaped, ...detectRecallNames(text, words, otherLanguage), ...detectGivenNames(text, words, otherLanguage), ...inLanguage]);
  if (!otherLanguage) names.push(...detectNamesByPlace(text, words));
  // An English message may quote a sentence in another language: its words there are not names either.
  const judged = otherLanguage ? names : withOtherLanguageSentences(text, words, names);
  // A lower-case span of the language's own words is its grammar ("thank you sabko"); a capitalised one may be a
  // person its form of address marks ("kay Ito", "si Lang").
  return judged.filter((candidate) => !isHolidayName(text, candidate) && (language === undefined || candidate.value !== candidate.value.toLowerCase() || !isGrammarOf(candidate.value, language)));
}

export function detectEntities(text: string, options?: GuardOptions): DetectedEntity[] {
  return detectCandidates(text, prepareOptions(options)).map(toPublicEntity);
}

export function toPublicEntity(candidate: Candidate): DetectedEntity {
  const entity: DetectedEntity = { type: candidate.type, start: candidate.start, end: candidate.end, value: candidate.value };
  if (candidate.secretKind !== undefined) entity.secretKind = candidate.secretKind;
  return entity;
}

/** The words that lie outside every candidate of a type. */
function wordsOutside(words: readonly Token[], candidates: readonly Candidate[], type: Candidate['type']): readonly Token[] {
  const spans = candidates.filter((candidate) => candidate.type === type);
  return spans.length === 0 ? words : words.filter((word) => !spans.some((span) => span.start <= word.start && word.end <= span.end));
}
