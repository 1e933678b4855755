import { isAadhaar, isCpf, isIssuedNiPrefix, isSpanishDni } from './id-checksums.ts';
import { isDigit } from './text-scan.ts';
import { isBusinessRecordWord } from './business-records.ts';
import { isHumanName } from './human-names.ts';
import { isLegalForm } from './organisation-names.ts';
import { createBoundedCache } from './bounded-cache.ts';
import type { Candidate } from './types.ts';
import { matchesOf } from './regex-matches.ts';
import { filteredMatchesOf, startFiltered } from './start-filtered-matches.ts';

/**
 * Passports, driver's licences and national ids. Shapes with a check digit or a fixed letter layout
 * count alone (UK NI, Indian PAN, Aadhaar in 4-4-4 groups, the UK DVLA licence, Spanish DNI, Brazilian
 * CPF); any other number counts when an id word comes just before it ("passport no W1016445", "DL# …",
 * "pesel 8203…"), because the formats of a hundred countries cannot all be listed.
 */
/**
 * Id documents by name, national ones of every region (Singapore's NRIC, Hong Kong's HKID, Malaysia's
 * MyKad, Indonesia's NIK, Pakistan's CNIC, Mexico's CURP, Chile's RUT, Argentina's CUIL, the Gulf's
 * Emirates ID and iqama…), tax and residence numbers (Ireland's PPSN, Kenya's KRA PIN, the UK's UTR, New
 * Zealand's IRD number, Germany's Steuer-ID, a residence card or work permit), and the numbers an employer,
 * school or clinic gives a person, when written as a number ("employee no.", "emp id", "staff #", "patient id", "emp code").
 */
/**
 * The numbers an employer, school or clinic gives a person: shorter than a state's ("emp id 4471", "staff no: 20931"),
 * and "emp" or "employee" right before the digits ("(emp 20931)", "employee 44718"), in lower case: "EMP" is a pulse.
 */
/**
 * The same numbers as other languages name them, and a customer's, a policy's or a bank account's, which stand for one
 * person as a staff number does: Polish "nr prac.", "nr klienta", "nr konta"; Dutch "werknemernr", "personeelsnr",
 * "klantnummer", "polisnummer", "rekeningnummer"; German "Kundennummer", "Mitarbeiternummer"; Spanish "num. empleado",
 * "póliza", "número de cliente", "cuenta"; Portuguese "apólice"; Turkish "sicil no" (not a firm's "ticaret sicil"), "müşteri
 * no"; Vietnamese "mã NV", "mã khách hàng", "số tài khoản"; and English "customer no",
 * "account no", "member #". (Japanese 社員番号, お客様番号,
 * 口座番号 are among ID_CUES: a word boundary cannot open them.)
 */
const STAFF_AND_CUSTOMER_NUMBERS_ABROAD = String.raw`nr\.?[ \t]?prac(?:ownika)?\.?|numer[ \t]+pracownika|werknemer(?:s)?(?:nr|nummer)\b|personeelsnr\b|mitarbeiter(?:nummer|nr)\b|num(?:ero|\.)?[ _]?(?:de[ \t]+)?empleado|n[úu]mero[ \t]+de[ \t]+(?:empleado|cliente|socio|cuenta)|(?<!ticaret[ \t])sicil(?:[ \t]+no)?\b|m[ãa][ \t]+(?:nv|nh[âa]n[ \t]+vi[êe]n|kh[áa]ch[ \t]+h[àa]ng|kh)\b|klantn(?:r|ummer)\b|kunden(?:nummer|nr)\b|nr\.?[ \t]+klienta|numer[ \t]+klienta|m[üu][şs]teri[ \t]+(?:no|numaras[ıi])|customer[ \t]?(?:no\b|number|id\b|#)|account[ \t]?(?:no\b|number|#)|acct[ \t]?(?:no\b|#)|p[óo]liza|polisnummer|polis[ \t]?(?:no|nr)\b|ap[óo]lice|rekeningnummer|nr\.?[ \t]+konta|numer[ \t]+konta|cuenta(?:[ \t]+(?:vista|rut|corriente|de[ \t]+ahorros?))?(?=[ \t]+(?:n[°º.]?|no\.?|es|:|\d))|s[ốo][ \t]+t[àa]i[ \t]+kho[ảa]n`;
const PERSONAL_NUMBER_CUE = new RegExp(String.raw`\b(?:(?:employee|emp|staff|personnel|payroll|badge|member(?:ship)?|patient|student|record|contractor|worker)[ -]?(?:no\b|nr\b|num(?:ber)?\b|#|id\b)|(?:employee|emp|staff|student|member)[ -]?code\b(?![ \t]+of\b)|personalnummer|personalnr\b|personeelsnummer|matricule\b|n[úu]mero de empleado|emp(?:loyee)?(?=[ \t]*#?[ \t]*(?:[A-Z]{1,4}[-/])*\d)|polic(?:y|e)(?=[ \t]*(?:no\.?|number|#)?[ \t]*:?[ \t]*[A-Z]{2,5}-\d{4})|${STAFF_AND_CUSTOMER_NUMBERS_ABROAD})`, 'i');
const ID_CUES = new RegExp(String.raw`\b(?:DL|NI|NINO|PAN|UID|id|DNI|NIE|BSN|CPF|RG|TCKN|SIN|TFN|NHS|TIN|CNI|NIR|INSEE|NRIC|FIN|HKID|NIK|KTP|CNIC|NIC|NID|CURP|RUT|CUI[LT]|SSS)\b|passport|pass\.? ?no|licen[cs]e|driver['’]?s|driving|national insurance|aadha?a?r|identity|identification|pesel|kimlik|medicare|tax ?id|ausweis|reisepass|f(?:ü|ue)hrerschein|passeport|pasaporte|passaporto|passaporte|paspoort|paszport|rijbewijs|permis de conduire|prawo jazdy|codice fiscale|personnummer|f(?:ø|o)dselsnummer|\bfnr\b|henkilötunnus|\bhetu\b|\bcpr[- ]?(?:nr|nummer|number|no)\b|isikukood|asmens kodas|personas kods|ad[oó]azonos[ií]t[oó](?: jel)?|szem[eé]lyi sz[aá]m|cod numeric personal|rodn[eé] [čc][ií]slo|\bidnp\b|\bpinfl\b|\bjshshir\b|mykad|iqama|emirates id|my ?number|resident registration|\bppsn?\b|kra pin|\butr\b|\bird (?:number|no)\b|steuer-?id|steuernummer|\bidnr\b|\bnif\b|npwp|ssnit|ghana card|\bnssf\b|\bnhif\b|huduma|residen(?:ce|t) (?:card|permit)|work permit|(?:titre|permis|carte) de s[ée]jour|versichertennummer|sv-?nummer|sozialversicherungsnummer|visa (?:foil|no\b|number|#)|birth cert(?:ificate)?|\buci\b|philsys|philhealth|pag-?ibig|\bnss\b|\bimss\b|tax ref(?:erence)?\b|\buhid\b|medical record|c[ée]dula|carn[eé]t de identidad|documento de identidad|bilhete de identidade|fayda|\bbrp\b|green card|zairyu|\b(?:uan|bpjs(?:[ \t]+(?:tk|ketenagakerjaan|kesehatan))?|kwsp|socso|umid(?:[ \t]+crn)?|ntn|abn|upn|gsis|hdmf|cccd|cmnd|bhxh|sgk(?:[ \t]+no)?|clabe|ohip|ramq|medical[ \t]+aid(?:[ \t]+(?:no|number))?|health[ \t]+card|ehliyet(?:[ \t]+no)?|vergi[ \t]+no|raqam[ \t]+(?:qawmy|qawmi|ta2meeny|ta2meeni)|clave[ \t]+de[ \t]+elector)\b|vergi[ \t]+numaras[ıi]|m[ãa][ \t]+s[ốo][ \t]+thu[ếe](?![a-z])|個人番号|マイナンバー|基礎年金番号|旅券番号|免許証番号|保険証番号|社員番号|従業員番号|お客様番号|顧客番号|会員番号|口座番号|${PERSONAL_NUMBER_CUE.source}`, 'gi');
/** Found by their words first (start-filtered-matches.ts): the opening `\b` is tried at every character otherwise. */
const ID_CUES_FILTERED = startFiltered(ID_CUES);
/**
 * Newer names, in capitals only: lower case they are other languages' words ("Ayşe'nin", "Türkiye'nin" are
 * Turkish genitives, not Nigeria's NIN): Nigeria's NIN and BVN, Tanzania's NIDA, Azerbaijan's FİN (its dotted
 * capital), the Balkans' JMBG, EMŠO, OIB and EGN, Greece's AMKA, Romania's CNP, Poland's NIP ("nip" is a word); Mexico's
 * RFC, Colombia's NIT and C.C. (its cédula), Peru's RUC, Chile's RUTs, the CI of Uruguay and Bolivia ("ci" is Italian), the
 * BI of Angola and Mozambique, Mozambique's NUIT and Ethiopia's FAN ("cc", "bi", "fan" are words in lower case).
 */
const CAPITAL_ID_CUES = /(?<![\p{L}\d])(?:NIN|BVN|NIDA|IIN|F[Iİ]N|JMBG|EM[SŠ]O|OIB|EGN|AMKA|CNP|NIP|RFC|NIT|RUC|RUTs|CI|BI|C\.C\.|FAN|NUIT)(?![\p{L}\d])/gu;
/**
 * Acronyms that name other things as often ("CI is red again", "BI says MRR was…", "RFC: Proposal…", a fan's speed): the
 * number must follow them directly — no holder's name, no label words, no "is" in between — unless it mixes letters and
 * digits as an id paper does.
 */
const ACRONYM_ONLY_BEFORE_NUMBER = /^(?:RFC|NIT|RUC|CI|BI|FAN|NUIT)$/u;
/**
 * The identity papers of the scripts without capitals, as chat writes them: Arabic national id, residence permit,
 * passport and driving licence ("رقم الهوية", "الهوية الوطنية" — not "الهوية البصرية", a brand's identity —, "الإقامة",
 * "جواز السفر", "باسبور", "رخصة القيادة", Egypt's "الرقم القومي", Jordan's "الرقم الوطني", Morocco's "بطاقة التعريف" and
 * "البطاقة الوطنية"); Persian national code and card, birth certificate and passport ("کد ملی", "شناسنامه", "گذرنامه");
 * Urdu's identity card and passport ("شناختی کارڈ", "پاسپورٹ"); Hebrew's identity card, passport and licence ("ת.ז.",
 * "תעודת זהות", "דרכון", "רישיון נהיגה"); Hindi and Bengali passport, Aadhaar and PAN ("पासपोर्ट", "आधार कार्ड" —
 * "आधार" alone is "basis" —, "पैन कार्ड", "পাসপোর্ট", "জাতীয় পরিচয়পত্র"), Nepal's citizenship ("नागरिकता"); the personal
 * numbers of the Cyrillic-writing countries (Kazakhstan's ИИН, Russia's ИНН and СНИЛС, Kyrgyzstan's ПИН, Uzbekistan's
 * ПИНФЛ, Ukraine's РНОКПП and ІПН, Bulgaria's ЕГН and ЛНЧ — chat writes them in lower case too, "скинь свой инн", and
 * "of a private person" after them —, a passport, "личный номер", "особистий номер"), Georgia's
 * personal number ("პირადი ნომერი", "პ/ნ"), Armenia's passport and social-service number ("անձնագիր", "ՀԾՀ"), Kazakh's
 * name for the IIN ("ЖСН"), Greece's tax, social-security and identity-card numbers and passport ("ΑΦΜ", "ΑΜΚΑ", "ΑΔΤ",
 * "διαβατήριο") and Thailand's national id card ("เลขบัตรประชาชน", "บัตรประชาชน", "เลขบัตร"). Arabic and Hebrew join "and",
 * "to", "the" before them.
 */
const SCRIPT_ID_CUES =
  /(?:(?:رقم|بطاقة|بطاقه)[ \t]+(?:ال)?هوي[ةه]|[وبل]?(?:ال)?هوي[ةه][ \t]+(?:ال)?(?:وطنية|وطنيه|شخصية|شخصيه)|[وبل]?(?:ال)?(?:اقامة|إقامة|اقامه|إقامه|جواز(?:[ \t]+ال?سفر)?|باسبور|بطاقة[ \t]+(?:ال)?شخصية|بطاقة[ \t]+التعريف|بطاقة[ \t]+(?:ال)?وطنية|رخصة[ \t]+(?:ال)?(?:قيادة|سياقة|سواقة))|الرقم[ \t]+(?:القومي|الوطني)|کد[ \t]+ملی|کارت[ \t]+ملی|شناسنامه|گذرنامه|پاسپورت|پاسپورٹ|شناختی[ \t]+کارڈ|[ולב]?(?:ת\.ז\.?|ת["״]ז|תעודת[ \t]+זהות|דרכון|רישיון[ \t]+נהיגה)|पासपोर्ट|आधार[ \t]+(?:कार्ड|नंबर|संख्या|नं)|पैन[ \t]+(?:कार्ड|नंबर)|नागरिकता|পাসপোর্ট|জাতীয়[ \t]+পরিচয়পত্র|(?:ИИН|ИНН|ПИНФЛ|ПИН|РНОКПП|ІПН|ИПН|ЕГН|ЛНЧ|СНИЛС|иин|инн|пинфл|рнокпп|іпн|ипн|егн|лнч|снилс)(?:[ \t]+(?:физлица|фізособи|физического[ \t]+лица|фізичної[ \t]+особи))?|[Пп]аспорт[\p{L}]*|[Оо]собист[\p{L}]*[ \t]+номер|[Лл]ичн[\p{L}]*[ \t]+номер|[Ии]дентификационн[\p{L}]*[ \t]+номер|პირადი[ \t]+(?:ნომერი|№)|პ\/ნ|անձնագիր|ՀԾՀ|ЖСН|жсн|ΑΦΜ|Α\.Φ\.Μ\.|ΑΜΚΑ|Α\.Μ\.Κ\.Α\.|ΑΔΤ|[Δδ]ιαβατήριο|(?:เลข)?บัตรประชาชน|เลขประจำตัวประชาชน|เลขบัตร)(?![\p{L}\p{M}])/gu;
/**
 * "Its number" said before the value in those languages ("اقامة محمد رفيق رقمها 2683210658", "شماره‌اش", "מספר"), or the
 * holder's name between the paper and its number ("باسبور مصطفى عزت A29817365"); only an id-shaped value counts.
 */
const SCRIPT_SAID_AFTER = /^([^.!?\n:؟]{1,64}?)[ \t](?:رقمها|رقمه|رقم|نمبر|شماره(?:‌?اش)?|מספר)[ \t:]+(?=[A-Za-z0-9])|^((?:[ \t]+[\p{Lo}\p{M}\u200c]+){1,3})[ \t]+(?=[A-Za-z0-9])/u;
/**
 * What may sit between the cue and the number: "no.", "number", "#", ":", "is", "card is", an opening bracket ("passport
 * number (Z4381926)"), the quotes of a JSON or YAML field ('"cedula": "1017245398"'), "№" and "номер", and "number" in Hindi, Bengali, Urdu, Arabic, Persian and Hebrew ("passport नं. T4829157").
 */
const CUE_GAP = /^(?:[\s.:：#("'-]|no\b|n[°º]|nr\b|num(?:ber)?\b|nummer\b|numéro\b|número\b|numero\b|is\b|card\b|was\b|of\b|=|№|номер|नं|नंबर|नम्बर|নং|নম্বর|نمبر|رقم|شماره|מספר)*$/i;
/**
 * Or a short label that ends in a colon, in the same sentence: "PESEL do umowy zlecenia: 4405…",
 * "driver's license for the insurance form: CA Y4819203", "BSN … klopt niet in AFAS: 111222333".
 * Such a label can introduce anything, so the value must then look like an id (see isIdShaped).
 */
const LABEL_GAP = /^[^.!?\n:]{1,64}:[ \t]*\(?[ \t]*$/;
/**
 * Or the holder's name between such a label and the number, as lists of people and their ids are written: "DNI de la
 * practicante: Milagros Quispe Huamán, 45872103", "the cédula: Jhon Alexander Rincón 80154327", "DNI: María de los Ángeles
 * Quispe 45872103" — capitalised words and the particles between them only.
 */
const HOLDER_GAP = /^[^.!?\n:]{0,64}:[ \t]*(?:(?:\p{Lu}[\p{L}'’.-]*|de|del|da|do|dos|das|los|las|la|y|e|van|von|der)[ \t]+){0,6}\p{Lu}[\p{L}'’.-]*,?[ \t]+$/u;
/** Letters, spaces and name punctuation since the label's colon: a holder's name may still be running. */
const HOLDER_SO_FAR = /^[^.!?\n:]{0,64}:[\p{L}\p{M}'’., \t-]*$/u;
/** Capitalised words (particles between) with no digit: a holder's name read before the number, not the number. */
const HOLDER_WORDS = /^\p{Lu}[\p{L}'’.-]*(?:[ \t](?:\p{Lu}[\p{L}'’.-]*|de|del|da|do|dos|das|los|las|la|y|e|van|von|der))*$/u;
/**
 * Or said in a sentence, the number coming after "is" a few words on: "passport no. for the travel
 * booking is X4829173B", "my licence number on the rental form is D1234567" — again only id-shaped values.
 */
const SAID_AFTER = /^(?:\s*(?:no|nr)\.)?([^.!?\n:]{1,64}?)\s(?:is|was|es|era|é|est|foi|ni|là|ist|jest)[ \t]+(?=[A-Za-z0-9])/iu;
/** Words that name another field: a label holding one is that field's ("passport photo, DOB: 18/12/1962", "tel: 0277 …"). */
const OTHER_FIELD = /\b(?:dob|d\.o\.b|born|birth\w*|tel|phone|mobile|cell|fax|e-?mail|iban|card|address|addr|expir\w*|exp|issued|valid\w*)\b/i;
const DATE_SHAPED = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/;
/** Reach of the cue: the label form reads a little further. */
const CUE_WINDOW = 48;
const LABEL_WINDOW = 96;
/** One to five groups; a group has a digit or is a short letter block ("OH 25 29 59 B"). */
const NUMBER_AFTER_CUE = /[A-Za-z0-9](?:[A-Za-z0-9]|[ .\/-](?=[A-Za-z0-9])){3,24}/g;
const STANDALONE: ReadonlyArray<{ pattern: RegExp; valid: (value: string) => boolean }> = [
  { pattern: /(?<![\w-])([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]) ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![\w-])/g, valid: (value) => isIssuedNiPrefix(value.slice(0, 2)) },
  { pattern: /(?<![\w-])[A-Z]{3}[PCHFATBLJG][A-Z]\d{4}[A-Z](?![\w-])/g, valid: () => true },
  { pattern: /(?<![\w-])[2-9]\d{3}[ -]\d{4}[ -]\d{4}(?![\w-])/g, valid: (value) => isAadhaar(value.replace(/\D/g, '')) },
  // The look-ahead lets the scan skip positions that cannot start the code fast (same matches).
  { pattern: /(?=[A-Z9])(?<![\w-])[A-Z9]{5}\d[0156]\d[0-3]\d\d[A-Z9]{2}\d[A-Z]{2}(?![\w-])/g, valid: () => true },
  { pattern: /(?<![\w-])\d{8}[A-Z](?![\w-])/g, valid: isSpanishDni },
  { pattern: /(?<![\w.-])\d{3}\.\d{3}\.\d{3}-\d{2}(?![\w-])/g, valid: (value) => isCpf(value.replace(/\D/g, '')) },
];

/** Asked of every name found, as the last word on it: the same names come back in every message about their people. */
const idPaperNames = createBoundedCache<boolean>(4096);

/**
 * Whether the words are wholly an id paper's name, as a label written in a name's place ("adóazonosító jel:", "(ПИНФЛ)"),
 * and no one's name: "Nino" spells the UK's NINO.
 */
export function isIdPaperName(words: string): boolean {
  const known = idPaperNames.get(words);
  if (known !== undefined) return known;
  const verdict = !isHumanName(words) && idCuesIn(words).some((cue) => cue.index === 0 && cue[0].length === words.length);
  idPaperNames.set(words, verdict);
  return verdict;
}

/** Whether a run of words holds an id paper's name ("Codice Fiscale", "RUT": no one's name). */
export function hasIdCue(words: string): boolean {
  return idCuesIn(words).length > 0;
}

/** Every id paper's name in the text: the words of any case, the capitals-only acronyms, and the scripts without capitals. */
function idCuesIn(text: string): RegExpExecArray[] {
  return [...filteredMatchesOf(ID_CUES_FILTERED, text), ...matchesOf(CAPITAL_ID_CUES, text), ...scriptIdCues(text)];
}

export function detectIdNumbers(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const { pattern, valid } of STANDALONE) {
    for (const match of matchesOf(pattern, text)) {
      if (valid(match[0])) found.push(idCandidate(match.index, match[0]));
    }
  }
  for (const cue of idCuesIn(text)) {
    // "incident id INC0045123", "session id 88a1…": an id of a record, not a person's.
    if (cue[0].toLowerCase() === 'id' && (isBusinessRecordWord(wordBefore(text, cue.index)) || isBusinessRecordWord(recordNamedAfter(text, cue.index + cue[0].length)))) continue;
    // A quoted key named "id" in pasted JSON or a dict is its record's ({"id": "5f8d0d55…"}); a quoted "cedula" or "nid" is a person's.
    if (cue[0].toLowerCase() === 'id' && isQuotedKey(text, cue.index, cue.index + cue[0].length)) continue;
    // "the EMP 2000 test rig": a bare "EMP" in capitals is a pulse, not an employee. A bare "emp"/"employee" before four
    // digits is as often a year or a form ("employee 2024 survey", "Employee 1099 forms"): five digits or more.
    if (cue[0] === 'EMP' || cue[0] === 'EMPLOYEE') continue;
    if (BUSINESS_NUMBER_CUE.test(cue[0]) && namesAFirmBefore(text, cue.index)) continue;
    const bareStaffWord = /^emp(?:loyee)?$/iu.test(cue[0]);
    // Said after "is" first: the number right after the cue would be read from the words before it and cut short.
    const strict = ACRONYM_ONLY_BEFORE_NUMBER.test(cue[0]);
    // Kazakhstan's IIN and a person's Russian ИНН have twelve digits; a card's IIN is its issuer's first six or eight ("card
    // IIN 411111"), a firm's ИНН ten ("ООО Ромашка ИНН 7701234567").
    const ownShape = OWN_SHAPES.find(([word]) => word.test(cue[0]))?.[1];
    const shaped = (candidate: Candidate) =>
      (!TWELVE_DIGIT_CUE.test(cue[0]) || /^\d{12}$/u.test(candidate.value)) && (ownShape === undefined || ownShape.test(candidate.value)) && !YEAR_CODE.test(candidate.value);
    if (/^polic/iu.test(cue[0]) && !INSURANCE.test(text)) continue;
    const said = numberSaidAfterCue(text, cue.index + cue[0].length).filter((candidate) => (!strict || isLetteredId(candidate.value)) && shaped(candidate));
    const shortest = bareStaffWord ? SHORTEST_BARE_STAFF_NUMBER : PERSONAL_NUMBER_CUE.test(cue[0]) ? SHORTEST_PERSONAL_NUMBER : SHORTEST_ID;
    // A holder's name before the number belongs to an identity paper's label, not to a bare "id" or a staff number's.
    const holderMayPrecede = !strict && !bareStaffWord && !/^id$/iu.test(cue[0]) && !PERSONAL_NUMBER_CUE.test(cue[0]);
    found.push(...(said.length > 0 ? said : numberAfterCue(text, cue.index + cue[0].length, shortest, holderMayPrecede, strict)).filter((candidate) => shaped(candidate) && !isFee(text, candidate)));
  }
  found.push(...numbersByLabel(text, found));
  // A number cut short inside a longer run of digits is a part read by a length rule, not the number the cue names.
  const whole = found.filter((candidate) => !(isDigit(text[candidate.end]) && isDigit(text[candidate.end - 1])));
  return text.includes('-') ? whole.filter((candidate) => !isInsideUuid(text, candidate)) : whole;
}

/**
 * A business number — Australia's ABN, Pakistan's NTN — is a sole trader's, and so a person's ("payee Sophie Kerrigan (sole
 * trader, ABN 79 915 848 096)"), unless a firm's legal form stands shortly before it ("Tidewater Logistics (Pvt) Ltd, NTN …").
 */
const BUSINESS_NUMBER_CUE = /^(?:abn|ntn)$/iu;
const FIRM_REACH = 120;

function namesAFirmBefore(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - FIRM_REACH), index);
  return before.split(/[^\p{L}.]+/u).some(isLegalForm) || FIRM_WORD_BEFORE.test(before);
}

/** A firm's own number as its staff give it: "our ABN", "supplier NTN", "the company's ABN". */
const FIRM_WORD_BEFORE = /(?<![\p{L}])(?:our|company['’]?s?|supplier['’]?s?|vendor['’]?s?|firm['’]?s?|business['’]?s?)[ \t]+$/iu;

/**
 * The numbers whose names are also other things' names, each in its own shape: Pakistan's NTN (seven digits and a check digit, not
 * a bearing's "NTN 6204-2RS"), India's UAN (twelve digits, not Pakistan's helpline "UAN 111-786-786"), Australia's ABN (eleven
 * digits), a UK pupil's UPN (a letter and twelve digits).
 */
const OWN_SHAPES: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/^ntn$/iu, /^\d{7}-?\d$/u],
  [/^uan$/iu, /^\d{12}$/u],
  [/^abn$/iu, /^\d{2} ?\d{3} ?\d{3} ?\d{3}$/u],
  [/^upn$/iu, /^[A-Z]\d{12}$/u],
];
/** A year, or a document's or a rule's code with a year for its number ("polis nr 2024 van de vloot", "emp SEC-2024 audit"): no one's. */
const YEAR_CODE = /^(?:[A-Z]{2,5}-)?(?:19|20)\d{2}$/u;
/** A policy's number is a person's in insurance: a claim, a premium, the insured, what is covered. */
const INSURANCE = /insur|claim|premium|polic(?:y|e)holder|insured|asegura|seguro|sigorta|verzeker|ubezpiecz|cover(?:age|ed)?\b|p[óo]liza|ap[óo]lice/iu;

const WORD_BEFORE = /([\p{L}]+)[ \t]*$/u;

/** The record an "id" names after it, as Spanish, Portuguese and French word it: "ID del webinar", "id da reunião". */
const RECORD_AFTER = /^[ \t]+(?:del|de[ \t]+la|de|da|do|du)[ \t]+(\p{L}+)/u;

function recordNamedAfter(text: string, end: number): string {
  return RECORD_AFTER.exec(text.slice(end, end + 32))?.[1]?.toLowerCase() ?? '';
}

function wordBefore(text: string, start: number): string {
  return WORD_BEFORE.exec(text.slice(Math.max(0, start - 24), start))?.[1]?.toLowerCase() ?? '';
}

/**
 * Where a label ends: "number", "no.", "nr", "#", or a bare "no" after a document's noun and before a value with digits
 * ("birth cert no 0418823", "card no P4417028"; not "I said no 123456 times"); the words before it are read only there.
 * Found by its words first (start-filtered-matches.ts): the opening look-behind made it ~4× slower over a long message.
 */
const LABEL_MARK_FILTERED = startFiltered(/(?<![\p{L}])(?:number|no\.|nr\.?|(?<=(?:cert|certificate|card|licen[cs]e|permit|visa|passport|policy|member|membership)[ \t]+)no(?=[ \t]*[:#]?[ \t]*[A-Za-z]{0,3}\d))(?![\p{L}])|#/giu);
const LABEL_WORDS_BEFORE = /(?<![\p{L}])(\p{L}[\p{L}'’-]{1,20}(?:[ \t]\p{L}[\p{L}'’-]{1,20})?)[ \t]*$/u;
const VALUE_GAP_AFTER = /^[ \t]*[:#]?[ \t]*(?=[A-Za-z0-9])/u;

/**
 * A number a label calls someone's, by a name no list holds: "policy number HX-4417820", "voter card no.
 * ZRT4418207". Only an id-shaped value (six digits, or letters and five digits), and only when no word of
 * the label names a business record (business-records.ts): "order number", "ticket #", "part no." are nobody's.
 */
function numbersByLabel(text: string, found: readonly Candidate[]): Candidate[] {
  if (!hasLabelWord(text)) return [];
  const numbers: Candidate[] = [];
  for (const mark of filteredMatchesOf(LABEL_MARK_FILTERED, text)) {
    const markEnd = mark.index + mark[0].length;
    const gap = VALUE_GAP_AFTER.exec(text.slice(markEnd, markEnd + 8));
    if (gap === null) continue;
    const start = markEnd + gap[0].length;
    NUMBER_AFTER_CUE.lastIndex = 0;
    const run = NUMBER_AFTER_CUE.exec(text.slice(start, start + 32));
    if (run === null || run.index !== 0) continue;
    const value = trimWordGroups(run[0]);
    if (!run[0].startsWith(value) || !isIdShaped(value) || value.replace(/[^A-Za-z0-9]/g, '').length < SHORTEST_ID) continue;
    // The label is read last, of the few marks with an id-shaped value after them ("number of", "#general" have none):
    // its pattern is tried at each position of the window before the mark.
    const label = LABEL_WORDS_BEFORE.exec(text.slice(Math.max(0, mark.index - 44), mark.index))?.[1];
    if (label === undefined) continue;
    const words = label.toLowerCase().split(/[ \t]/u);
    if (words.some(isBusinessRecordWord) || words.some((word) => LABEL_STOP_WORDS.has(word))) continue;
    if (found.some((other) => other.start <= start && start < other.end)) continue;
    numbers.push(idCandidate(start, value));
  }
  return numbers;
}

/** Words that make a label of no id: a phone's (the phone detector reads it), a bank's, a count ("the number of", "page no."). */
const LABEL_STOP_WORDS: ReadonlySet<string> = new Set('phone mobile cell fax tel telephone contact whatsapp iban bank sort routing the a an of total'.split(' '));

/** "number", "no.", "nr", "#": a plain look spares the pattern on most messages. */
function hasLabelWord(text: string): boolean {
  return text.includes('#') || /number|no\.|nr|\bno\b/i.test(text);
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/giu;

/** "request id 7c9e6679-7425-40de-944b-e07fc1f90ae7": a UUID names a record or a request, never a person's document. */
function isInsideUuid(text: string, candidate: Candidate): boolean {
  const from = Math.max(0, candidate.start - 36);
  for (const match of matchesOf(UUID, text.slice(from, candidate.end + 36))) {
    if (from + match.index <= candidate.start && candidate.end <= from + match.index + match[0].length) return true;
  }
  return false;
}

/** The word stands between a pair of quotes, as a key of JSON or of a dict: `"id"`, `'id'`. */
function isQuotedKey(text: string, start: number, end: number): boolean {
  const quote = text[start - 1];
  return (quote === '"' || quote === "'") && text[end] === quote;
}

/** Ids of twelve digits whose cue names a firm's shorter number too: a card's IIN, a firm's ИНН. */
const TWELVE_DIGIT_CUE = /^(?:IIN|ИНН|инн|ЖСН|жсн)/u;

const SHORTEST_ID = 6;
const SHORTEST_PERSONAL_NUMBER = 4;
const SHORTEST_BARE_STAFF_NUMBER = 5;

function numberAfterCue(text: string, from: number, shortest: number, holderMayPrecede: boolean, onlyRightAfter = false): Candidate[] {
  // Every number taken has a digit, and it lies inside the window: most cues ("id", "driving") have none after them.
  if (!hasDigitBetween(text, from, from + LABEL_WINDOW)) return [];
  const window = text.slice(from, from + LABEL_WINDOW);
  // Without a colon ahead only the number right after the cue can count: the label form needs one.
  const colon = window.includes(':');
  NUMBER_AFTER_CUE.lastIndex = 0;
  for (let match = NUMBER_AFTER_CUE.exec(window); match !== null; match = NUMBER_AFTER_CUE.exec(window)) {
    const gap = window.slice(0, match.index);
    const labelled = !CUE_GAP.test(gap);
    // A label of another field ("DOB:", "tel:") introduces that field's value, not the id's.
    if (labelled && (!colon || OTHER_FIELD.test(gap))) return [];
    const value = trimWordGroups(match[0]);
    const offset = match[0].indexOf(value);
    // After an acronym that names other things too, words before the number make it another thing's ("BI says MRR was 1250000",
    // "CI: Build 4521337") — unless the value has an id paper's letters in it ("O BI dela é 004512873LA042").
    if (onlyRightAfter && /\d/u.test(value) && /[A-Za-z]{2}/u.test(window.slice(0, match.index + offset)) && !isLetteredId(value)) return [];
    // The holder's name may stand between a label and the number: each of its words is read past, then the number is the label's.
    const afterHolder = labelled && holderMayPrecede && HOLDER_GAP.test(window.slice(0, match.index + offset));
    // Still inside the holder's name ("DNI: María de los Ángeles…"): letters only since the colon, read on.
    if (labelled && holderMayPrecede && !/\d/u.test(match[0]) && HOLDER_SO_FAR.test(window.slice(0, match.index + match[0].length))) continue;
    if (labelled && !afterHolder && !LABEL_GAP.test(gap)) {
      // Words after the cue: a colon may still come and introduce the number; words after a colon end the search.
      if (gap.includes(':')) return [];
      continue;
    }
    if (!labelled && match.index >= CUE_WINDOW) return [];
    if (labelled && holderMayPrecede && !isIdShaped(value) && HOLDER_WORDS.test(value)) continue;
    // After a label the id comes first: "config: timeout 300000" labels a timeout, not an id.
    if (labelled && (!isIdShaped(value) || (!afterHolder && !match[0].startsWith(value)))) return [];
    const digits = value.replace(/\D/g, '').length;
    const compact = value.replace(/[^A-Za-z0-9]/g, '');
    // Passport numbers may be mostly letters ("CNF5RYTSF"); one digit is enough in an upper-case block.
    if (compact.length < shortest || digits < 1 || (digits < 2 && !/^[A-Z0-9]{8,10}$/.test(compact))) continue;
    return [idCandidate(from + match.index + offset, value)];
  }
  return [];
}

/** A letter of the scripts SCRIPT_ID_CUES knows: without one there is no cue of theirs to look for. */
const SCRIPT_HINT = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Cyrillic}\p{Script=Georgian}\p{Script=Armenian}\p{Script=Greek}\p{Script=Thai}]/u;
const LETTER = /[\p{L}\p{M}]/u;

/** The cues of SCRIPT_ID_CUES that open a word (checked here: a look-behind in the pattern is tried at every character). */
function scriptIdCues(text: string): RegExpExecArray[] {
  if (!SCRIPT_HINT.test(text)) return [];
  return [...matchesOf(SCRIPT_ID_CUES, text)].filter((cue) => cue.index === 0 || !LETTER.test(text[cue.index - 1]!));
}

/** A currency after the number makes it a fee ("هزینه صدور گذرنامه ۳۵۰۰۰۰۰ تومان", "पासपोर्ट फीस 1500 रुपये"). */
const CURRENCY_AFTER = /^[ \t]*(?:تومان|ریال|ريال|دينار|درهم|جنيه|ليرة|روپے|روپیہ|रुपये|रुपए|টাকা|שקל|ש["״]ח|₪|\$|€|£|usd|eur|sar|aed|egp|inr|pkr)/iu;

function isFee(text: string, candidate: Candidate): boolean {
  return CURRENCY_AFTER.test(text.slice(candidate.end, candidate.end + 12));
}

function numberSaidAfterCue(text: string, from: number): Candidate[] {
  const window = text.slice(from, from + LABEL_WINDOW);
  const said = SAID_AFTER.exec(window) ?? SCRIPT_SAID_AFTER.exec(window);
  // Not when a number stands between the cue and the verb: "DNI 45872103, mi celular es 987654321" — the id came first.
  if (said === null || OTHER_FIELD.test(said[1] ?? said[2]!) || /\d{4}/u.test(said[1] ?? said[2]!)) return [];
  const start = from + said[0].length;
  NUMBER_AFTER_CUE.lastIndex = 0;
  const number = NUMBER_AFTER_CUE.exec(text.slice(start, start + 32));
  const value = number?.index === 0 ? trimWordGroups(number[0]) : undefined;
  return value !== undefined && number![0].startsWith(value) && isIdShaped(value) ? [idCandidate(start, value)] : [];
}

/** Digits and letters mixed as id papers print them ("004512873LA042", "110100123456B"), not a figure or a build number. */
function isLetteredId(value: string): boolean {
  const compact = value.replace(/[ .\/-]/gu, '');
  return /[A-Za-z]/u.test(compact) && /\d{5}/u.test(compact);
}

/** After a label: six digits or more, or a letter block with five ("Y4819203", "44051401359") — not "1200 USD", "3 days" or a date. */
function isIdShaped(value: string): boolean {
  if (DATE_SHAPED.test(value)) return false;
  return value.replace(/\D/g, '').length >= 6 || /[A-Za-z]\d{5,}/.test(value.replace(/[ .\/-]/g, ''));
}

function hasDigitBetween(text: string, from: number, to: number): boolean {
  for (let index = from; index < to && index < text.length; index += 1) {
    if (isDigit(text[index])) return true;
  }
  return false;
}

/**
 * "is 4991 1866 5246" and "W1016445 expires" / "X1234567 exp 2031" arrive as one run: the number is the
 * groups between leading gap words and the first ordinary word after it.
 */
function trimWordGroups(run: string): string {
  const groups = run.split(/(?<=[ .\/-])/);
  const isWord = (group: string): boolean => {
    const trimmed = group.trim().replace(/[.\/-]$/, '');
    return !/\d/.test(trimmed) && !/^[A-Z]{1,2}$/.test(trimmed);
  };
  let first = 0;
  while (first < groups.length - 1 && isWord(groups[first]!)) first += 1;
  // "EMP-004817", "ST/00912", "TWL/CHN/0922": letter prefixes joined to the digits are part of the id, not words before it.
  while (first > 0 && isIdPrefix(groups[first - 1]!)) first -= 1;
  let last = first;
  // …and so are the ones inside it, before more digits: "TW-KHI-0337" is one employee code.
  while (last + 1 < groups.length && (!isWord(groups[last + 1]!) || (isIdPrefix(groups[last + 1]!) && hasDigitGroupAfter(groups, last + 1)))) last += 1;
  return groups.slice(first, last + 1).join('').replace(/[ .\/-]+$/, '');
}

function hasDigitGroupAfter(groups: readonly string[], index: number): boolean {
  for (let next = index + 1; next < groups.length; next += 1) {
    if (/\d/u.test(groups[next]!)) return true;
    if (!isIdPrefix(groups[next]!)) return false;
  }
  return false;
}

/** Capital letters written straight onto the number with a hyphen or slash ("EMP-", "MRN/"), never a spaced word. */
const ID_PREFIX = /^[A-Z]{1,6}[-\/]$/;

function isIdPrefix(group: string): boolean {
  return ID_PREFIX.test(group);
}

function idCandidate(start: number, value: string): Candidate {
  return { type: 'ID_NUMBER', start, end: start + value.length, value, identity: value.replace(/[^A-Za-z0-9]/g, '').toUpperCase() };
}
