import { matchesOf } from './regex-matches.ts';
import { isPlaceholderValue } from './secret-allowlist.ts';
import { FULL_PASSWORD_WORD } from './detect-secret-assignments.ts';
import type { Candidate } from './types.ts';

/**
 * Secrets said without a verb or a key, told by their shape and the words around them:
 * - a password-shaped value — letters, a digit and a sign such as `#`, `!`, `@` in one word, eight
 *   characters or more — right after the word for a password ("sign in … with password Winter#Mailbox77",
 *   "wifi pw Marigold!Terrace42"), or anywhere in a message that speaks of passwords or logins ("staging
 *   admin login: admin / Kx9#pLm2vQ", `she typed "Persepolis#1987" three times`). People do not write
 *   such words for anything else; code does ("!isValid2", "x!=y&&z", "libstdc++6"), so signs that are code's —
 *   brackets, `=`, `&`, `+`, `/`, `:`, `.`, a leading sign — are left out, a word in capitals is a label
 *   ("ISSUE#4471"), and "#" or "@" alone needs a capital beside it ("issue#4471fix", "deploy@web01");
 * - a code that opens a door, an alarm, a key safe or a card: "door code for the building is 4471#",
 *   "alarm code 2580", "key safe 0913", "my card pin is 4471" — not an error, zip, area or status code.
 */
/** A word of letters, digits and signs, standing alone: after a space, a quote or an opening bracket, before a space, a quote, a closing bracket or a sentence's end. */
const STANDALONE_WORD = /(?<=^|[\s"'`“‘(<[,;])[A-Za-z0-9][A-Za-z0-9!#$%*@^~?_-]{7,63}(?=$|[\s"'`”’)>\],;]|[.,;:!?](?:\s|$))/g;
const SIGN = /[!#$%*@^~?]/g;
/** Signs that seldom stand in anything but a password: "#" numbers an issue ("issue#4471fix") and "@" a host ("deploy@web01"). */
const STRONG_SIGN = /[!$%*^~?]/;
const UPPER = /[A-Z]/;
/** A lower-case letter: "PERSON#1", "ISSUE#4471" are labels, written in capitals. */
const LETTER = /[a-z]/;
const DIGIT = /\d/;
const LETTER_OF_ANY_CASE = /[A-Za-z]/;

/** The words for a password in every language the guard reads them in ("Passwort", "mot de passe", "senha"), or for signing in, anywhere in the message. */
const PASSWORD_TALK = new RegExp(
  String.raw`(?<![\p{L}\d])(?:${FULL_PASSWORD_WORD}|pw|pass|login|log in|logged in|sign in|signed in|sign-in|credentials|creds|zugangsdaten|identifiants|credenciales|credenciais|locked out|lockout|typed|wifi|wi-fi|unlock|m[ậa]t[ \t]+kh[ẩa]u|(?:1password|lastpass|bitwarden|keepass|dashlane)[ \t]+(?:export|csv|entry|item))(?![\p{L}\d])|パスワード|暗証番号|密码|密碼|비밀번호`,
  'iu',
);
/** The word right before: "password X", "Passwort X", "pw X", "pass X". */
const PASSWORD_WORD_BEFORE = new RegExp(String.raw`(?:${FULL_PASSWORD_WORD}|pw|pass|clave[ \t]*:)[ \t]*["'“]?$`, 'iu');
/** An account's address, then its password after a slash, a bar or a colon: "test user: qa.carlo@gmail.com / Cebu2024!!". */
const ACCOUNT_BEFORE = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+[ \t]*[/|:][ \t]*["'“]?$/u;
/**
 * A login, then its password after a spaced slash, as a sticky note or an admin page gives the pair: "idrac root / zq!4frTU@%5D",
 * "admin / Tw@Ceb2023!" — an administrator's name or a handle with a dot or an "@"; "staging / Build#4471-rc1" is a branch's tag.
 */
const LOGIN_BEFORE = /(?<![\p{L}\d])(?:root|admin|administrator|sa|postgres|ubuntu|pi|guest|user|usuario|login|[\w-]+[._@][\w.@-]+)[ \t]+\/[ \t]+["'“]?$/iu;
/** An e-mail address or a handle with its host: the `@` of "ops@acme.io" is no password's sign. */
const ADDRESS_SHAPED = /@[A-Za-z0-9-]+\.[A-Za-z]/;

/** A count, not a code: "2400 lines long", "1015 ms", "5000 users". */
const UNIT_AFTER = String.raw`(?:lines?|loc|ms|seconds?|secs?|s|minutes?|mins?|hours?|kb|mb|gb|bytes?|users?|items?|rows?|px|pages?|words?|chars?|characters?|times|euros?|dollars?|usd|eur|gbp)\b`;
/**
 * A code: four to eight digits, a "#", a "*" or a letter after them (a French digicode's "4517B"), a combination lock's numbers
 * ("12-38-05"), or digits read out one by one or in two threes, as a code is said ("4 7 1 9", "603 118").
 */
const CODE_VALUE = String.raw`\d{4,8}(?:[#*]|[A-Za-z](?![A-Za-z]))?|\d{3}[#*]|\d{1,2}(?:-\d{1,2}){2,3}|\d(?:[ \t]\d){3,7}(?![ \t]?\d)|\d{3}[ \t]\d{3}(?![ \t]?\d)`;
/** What a code opens, before "code", "pin" or "combination": a door, an alarm, a safe, a card, a phone. */
const OPENS = String.raw`(?:door|lock|bitlocker|laptop|computer|pc|windows|front door|back door|side door|gate|entry|entrance|access|building|alarm|garage|padlock|locker|lockbox|key ?safe|keysafe|safe|buzzer|intercom|card|debit card|credit card|atm|sim|phone|voicemail|bike lock)`;
/** A code sent to sign someone in or to confirm who they are: "OTP", "one-time code", "verification code", "the sms code". */
const ONE_TIME_CODE = String.raw`(?:otp|one[- ]time[ \t](?:pass)?code|one[- ]time[ \t]password|verification[ \t]code|security[ \t]code|confirmation[ \t]code|(?:sms|2fa|mfa|auth|authentication|login|sign-in)[ \t]code)`;
/**
 * The code after what it opens and its word ("alarm code 2580", "door code for the building is 4471#", "card pin
 * is 7730"), after "passcode", after a bare "pin" (four digits: six are an Indian postcode, "PIN: 560034"), or
 * right after a key safe or lockbox, whose number is its code ("key safe 0913"). A locker's, a building's or a
 * phone's number alone is no code ("locker 1120", "my phone 07700 900123").
 */
const ACCESS_CODE = new RegExp(
  String.raw`\b(?:${OPENS}[ \t]+(?:pin|code|passcode|pin code|combination|combo)|passcode|${ONE_TIME_CODE}|(?<!(?:gpio|io|header|board)[ \t])(pin)|puk|key ?safe|keysafe|lockbox)(?:[ \t]+(?:\([^)\n]{1,40}\)|(?:for|of|to|on)(?:[ \t]+[\p{L}-]+){1,3}))?(?:,?[ \t]+(?:is|was|it['’]?s|=)|[ \t]*:)?[ \t]+["'“]?(${CODE_VALUE})(?![\w.,/:-]*\d)`,
  'giu',
);
/**
 * The word for the code first and what it opens after it ("combo for the bike lock (blue one): 7-21-33"), also in the other
 * languages the guard reads passwords in: "la clave del cofre … es 0719", "il codice del cancello … è 1937*", "de pincode van de printer … is 5521", "türcode
 * hintereingang: 2580#". A word that means only an access code ("pincode", "PUK", "Türcode", "código de acceso") needs no
 * more; one that also means a program's or a postcode's code ("código", "codice", "clave", "kod") needs what it opens.
 */
const ACCESS_CODE_WORD = String.raw`(?:pin-?code|pin[ \t]code|\p{L}*(?:t(?:ü|ue)r|tor|alarm|tresor|safe|deur|poort|kluis|brama)code|digicode|zugangscode|toegangscode|code[ \t]d['’]acc[èe]s|c[óo]digo[ \t]de[ \t]acceso|codice[ \t]di[ \t]accesso|kod[ \t]dost[ęe]pu)`;
const CODE_WORD_OF = String.raw`(?:c[óo]digo|codice|clave|kod|code|pin|passcode|combo|combination|combinaci[óo]n|combinaison|combinazione|combina[çc][ãa]o|kombination)`;
const OPENED = String.raw`(?:${OPENS}|bancomat|cajero|multibanco|puerta|port[óo]n|portal|port[ãa]o|porta|portail|cancello|cofre|caja[ \t]fuerte|caixa|tresor|t(?:ü|ue)r|coffre|alarme?|alarma|allarme|brama|drzwi|sejf|deur|kluis|poort|garaje|garagem|garage|impresora|impressora|stampante|drucker|imprimante|drukarka|printer|buz[óo]n|caja)`;
const OF_WORDS = String.raw`(?:(?:for|of|to)[ \t](?:the|my|our|your|his|her|their)|for|of|to|del|de[ \t]la|de|do|da|du|des|della|dello|van[ \t]de|van[ \t]het|van|vom|von[ \t]der|der|od)`;
const NAMING_WORDS = String.raw`(?:[ \t]+(?:\([^)\n]{1,40}\)|[\p{L}\d-]+)){0,4}?`;
/** Codes of other things before the word for a code: "zip code for the office", "error code for the card terminal", "country code". */
const NOT_AN_ACCESS_CODE_BEFORE = String.raw`(?<!(?:zip|postal|post|area|country|dial(?:ling)?|error|status|exit|return|response|promo|discount|coupon|source|bar|qr|iso|currency|tax|product|item|sku|sort|bank|swift|branch|airport|language|color|colour|html|css|unicode|ascii|hex|sample|example|test|hs|hts|tariff|customs|commodity|naics|sic|civil|penal|labou?r)[ \t])`;
const CODE_THEN_WHAT_IT_OPENS = new RegExp(
  String.raw`(?<![\p{L}\d])${NOT_AN_ACCESS_CODE_BEFORE}(?:${ACCESS_CODE_WORD}|${CODE_WORD_OF}[ \t]+${OF_WORDS}[ \t]+(?:[\p{L}-]+[ \t]+)?${OPENED}(?![\p{L}\d]))${NAMING_WORDS}(?:,?[ \t]+(?:es|é|è|ist|est|c['’]est|is|jest|to|er|är|=)|[ \t]*:)[ \t]+["'“]?(${CODE_VALUE})(?![\w.,/:-]*\d)(?![ \t]+${UNIT_AFTER})`,
  'giu',
);
/**
 * A meeting's or a door's passcode of letters and digits, as meeting tools make them: "rejoin with passcode Aud1t-0424",
 * "Passcode: 7Hq2ZxP9". It holds a digit ("Passcode: not needed" says none).
 */
const LETTERED_PASSCODE = /\bpasscode(?:[ \t]+(?:is|was|=)|[ \t]*:)?[ \t]+["'“]?([A-Za-z0-9][A-Za-z0-9!#$%*@^~?_.-]{3,23}[A-Za-z0-9!#$%*@^~?])(?=$|[\s"'”’)>\],;]|[.,;:!?](?:\s|$))/giu;
/**
 * Wi-Fi passphrases as a network's admin generates them: two words and a number ("kranich.sable900", "falcon-ember156"),
 * handed out with no password word ("guest wifi (HQ-Guest / kranich.sable900)", "guest wifi this month is falcon.ember156"),
 * where a value is given (after "/", ":", "is", the network's word). Only in a message about Wi-Fi, and no machine's name
 * ("build-server01").
 */
const WIFI_TALK = /(?<![\p{L}])(?:wi-?fi|wlan|ssid|wpa2?|hotspot|guest network|gäste-?wlan)(?![\p{L}])/iu;
/** WIFI_TALK's words without its boundaries: a message without them skips the pattern, which is tried at every character (~4× this test). */
const WIFI_WORD = /wi-?fi|wlan|ssid|wpa|hotspot|guest network|gäste-?wlan/iu;
const WIFI_PASSPHRASE = /(?<=(?:[(/:="“]|\b(?:is|es|ist|est|è|wifi|wlan))[ \t]*)[a-zäöüß]{3,12}[.-][a-zäöüß]{3,12}\d{2,4}(?=$|[\s)"'”,;!?]|\.(?:\s|$))/giu;
/** A machine's name has the same shape: "build-server01", "db-replica02", "ap-floor12". */
const MACHINE_WORD = /(?:^|[.-])(?:server|node|host|replica|worker|web|db|api|vm|srv|prod|dev|staging|router|switch|ap|printer|cam|nas|backup|build|runner|rack|floor|room|lab|gw|gateway|proxy|edge|core|mesh)(?=[.-]|\d)/iu;
const BARE_PIN_DIGITS = 4;
/** The words a code needs before it, as whole words: "ping", "shipping", "clock", "block" hold none. */
const CODE_WORD = /\b(?:pin|puk|code|passcode|combination|combo|key ?safe|keysafe|lockbox|otp)\b/i;
/**
 * A code said in any words between its name and its value, as people pass one on: "the alarm code for the cross-dock is
 * 5 1 9 0", "the keybox by the dock door is 3317", "kod do jego szafki w szatni to 3391", "supervisor PIN to unlock settings,
 * it's 246810", "mã OTP Vietcombank của em là 038 271", "the OTP from FNB came through as 61 72 05", "el código que me llegó
 * … es 903-114", "金庫 3-7-1-9". The name is a code's, a PIN's, a one-time code's, a combination's or a key box's, in the
 * languages chat uses; not a zip's, an error's or a product's (NOT_AN_ACCESS_CODE_BEFORE); the value is a code's shape only —
 * four to eight digits, digits grouped as a keypad is read out ("4-8-0-2-6", "7 7 1 9 #", "3#8#1#4", "903-114", "61 72 05"),
 * a letter after them ("5530-A") — and no count ("2400 lines"). A key in code or JSON (`"code":10000`, `postal_code`) is
 * no one's code, and the words between do not cross a quote or a brace.
 */
const SAID_CODE_WORD = String.raw`(?:codes?|pin|pins|pin-?code|passcode|otp|2fa|combo|combination|kod|kodu|c[óo]digo|codice|clave|puk|cvv|cvc|[şs]ifre|m[ãa][ \t]+otp|keybox|key[ \t]box|lockbox|lock[ \t]box)`;
/**
 * The words that name any code — a warehouse's, a cost centre's, a reason's, a fault's ("the warehouse code is 2201", "kod
 * błędu to 4031", "código del pedido: 88123") — count only where what the code opens is said before its value, in the word
 * before them or in the words between: a door, a gate, an alarm, a locker, a safe, a key box, a printer, Wi-Fi, a card or a
 * portal to sign into. A PIN, a one-time code, a passcode or a key box's number needs no more.
 */
const GENERIC_CODE_WORD = /^(?:codes?|kod|kodu|c[óo]digo|codice|clave|combo|combination)$/iu;
const WHAT_A_CODE_OPENS = /(?<![\p{L}])(?:doors?|gates?|alarms?|lockers?|locks?|padlock|safes?|key ?box(?:es)?|lockbox|printers?|wi-?fi|atm|card|sim|verification|access|entry|acceso|entrar|accesso|dost[ęe]pu|portal|login|sign(?:ing)? in|2fa|sms|shed|vault|sejf\p{L}*|szafk\p{L}*|kluis|deur|kap[ıi]\p{L}*|t(?:ü|ue)r\p{L}*|puerta|port[óo]n|port[ãa]o|cofre|caja[ \t]+fuerte|caixa|cancello|garage|garaje|buzzer|intercom|bike)(?![\p{L}])/iu;
const SAID_CODE_VALUE = String.raw`\d(?:[ \t]?[-#][ \t]?\d){3,7}#?|\d(?:[ \t]\d){3,7}(?:[ \t]?#)?|\d{2}[ \t]\d{2}[ \t]\d{2}|\d{3}[- \t]\d{3}|\d{4,8}(?:[#*]|-?[A-Z](?![A-Za-z]))?|\d{1,2}(?:-\d{1,2}){2,4}`;
/**
 * What a code is for, after its word, as the Romance languages say it: a postcode ("código postal", "code postal"), a tax code
 * ("codice fiscale"), a project's, an error's, a product's or a country's code ("código do projeto", "código de error"); and
 * program code's own words ("code review moved to 1430", "code freeze", "code coverage").
 */
const NOT_AN_ACCESS_CODE_AFTER = String.raw`(?![ \t]+(?:review|freeze|coverage|base|owners?|style|quality|snippet|block|changes?|path|generation|name|section|postal|fiscale?|d['’]erreur|(?:de|do|da|del|della|di|du|des)[ \t]+(?:l[ao][ \t]+)?(?:proje[ct]?to|proyecto|progetto|projet|error|erro|erreur|errore|producto|produto|prodotto|produit|art[íi]culo|barras|[áa]rea|pa[íi]s|promo\p{L}*|descuento|desconto|sconto|zona|moneda|moeda|postal)(?![\p{L}])))`;
const SAID_CODE = new RegExp(
  String.raw`(?<![\p{L}\d_."'])${NOT_AN_ACCESS_CODE_BEFORE}(${SAID_CODE_WORD})(?![\p{L}\d_"'])(?![ \t]+(?:the|a|an|it|this|that|these|those|down|version|point|of)\b)${NOT_AN_ACCESS_CODE_AFTER}([^\n.!?:"\x60{}]{0,64}?(?:[ \t,](?:is|was|es|é|ist|est|è|to|jest|er|är|là|now|nowy|nuevo|nueva|neu|as|it['’]?s|=)|[ \t]*[:：=]))?[ \t]*["'“]?(${SAID_CODE_VALUE})(?![\w.,/:-]*\d)(?![ \t]+${UNIT_AFTER})`,
  'giu',
);
/**
 * A password right after its word with no verb or colon, as chat shortens it: "wifi 'Lions-Head-Guest' pw hikeitup2024", "clave
 * visitas2024", "senha bruna123" — letters and a digit in one word; "pw reset", "clave del éxito" hold none.
 */
const PASSWORD_WORD_THEN_VALUE = /(?<![\p{L}\d])(?:pw|pwd|clave|senha|has[łl]o|[şs]ifre|wachtwoord|mdp)[ \t]+["'“]?((?=[^\s"'”]*\d)(?=[^\s"'”]*\p{L})[\p{L}\d][\p{L}\d.!@#$%^&*_+~-]{4,62}[\p{L}\d!@#$%^&*~])(?=$|[\s"'”),;]|[.,;:!?](?:\s|$))/giu;
/** What PASSWORD_WORD_THEN_VALUE opens with, without its look-behind: most messages have none and skip the pattern (~6× this test). */
const PASSWORD_WORD_AND_SPACE = /(?:pwd?|clave|senha|has[łl]o|[şs]ifre|wachtwoord|mdp)[ \t]/iu;

/** A code that opens something in Japanese, right before its value: a safe's (金庫), a PIN (暗証番号). */
const CODE_WORD_IN_SCRIPTS = /(?:金庫|暗証番号|キーボックス)[ \t]*[:：]?[ \t]*(\d(?:[ \t]?[-#][ \t]?\d){3,7}|\d{4,8})(?![\d-])/gu;
const SAID_CODE_HINT = /code|pin|otp|2fa|combo|combina|kod|c[óo]digo|codice|clave|puk|cvv|cvc|cid|[şs]ifre|box/i;

/** The words CODE_THEN_WHAT_IT_OPENS opens with: most messages hold none and skip it. */
const CODE_THEN_WHAT_IT_OPENS_HINT = /pin|passcode|combo|digicode|zugangscode|toegangscode|c[óo]digo|codice|clave|kod|code|combina|kombination/i;

export function detectSecretShapes(text: string): Candidate[] {
  const found: Candidate[] = [];
  const talk = PASSWORD_TALK.test(text);
  if (talk || /pass|pw|@| \/ /i.test(text)) {
    for (const match of matchesOf(STANDALONE_WORD, text)) {
      const value = match[0];
      if (!isPasswordShaped(value) || ADDRESS_SHAPED.test(value) || isPlaceholderValue(value)) continue;
      if (!talk && !PASSWORD_WORD_BEFORE.test(text.slice(Math.max(0, match.index - 14), match.index)) && !isAfterAnAccount(text.slice(Math.max(0, match.index - 80), match.index))) continue;
      found.push({ type: 'SECRET', secretKind: 'assigned-secret', start: match.index, end: match.index + value.length, value });
    }
  }
  if (CODE_WORD.test(text)) {
    for (const match of matchesOf(ACCESS_CODE, text)) {
      const value = match[2]!;
      if (match[1] !== undefined && value.replace(/[#*]$/u, '').length !== BARE_PIN_DIGITS) continue;
      found.push(codeAtEnd(match, value));
    }
  }
  if (CODE_THEN_WHAT_IT_OPENS_HINT.test(text)) for (const match of matchesOf(CODE_THEN_WHAT_IT_OPENS, text)) found.push(codeAtEnd(match, match[1]!));
  if (SAID_CODE_HINT.test(text)) for (const match of matchesOf(SAID_CODE, text)) if (isSaidAccessCode(text, match)) found.push(codeAtEnd(match, match[3]!));
  for (const match of matchesOf(CODE_WORD_IN_SCRIPTS, text)) found.push(codeAtEnd(match, match[1]!));
  if (PASSWORD_WORD_AND_SPACE.test(text)) for (const match of matchesOf(PASSWORD_WORD_THEN_VALUE, text)) if (!isPlaceholderValue(match[1]!)) found.push(codeAtEnd(match, match[1]!));
  if (WIFI_WORD.test(text) && WIFI_TALK.test(text)) {
    for (const match of matchesOf(WIFI_PASSPHRASE, text)) {
      if (!MACHINE_WORD.test(match[0])) found.push({ type: 'SECRET', secretKind: 'assigned-secret', start: match.index, end: match.index + match[0].length, value: match[0] });
    }
  }
  if (/passcode/iu.test(text)) {
    for (const match of matchesOf(LETTERED_PASSCODE, text)) {
      const value = match[1]!;
      if (DIGIT.test(value) && LETTER_OF_ANY_CASE.test(value) && !isPlaceholderValue(value)) found.push(codeAtEnd(match, value));
    }
  }
  return found;
}

/**
 * A generic code word's value only where what it opens is said — in the words between, or just before the word ("the alarm
 * code … is", "locker 2 - … - code 0093"); a bare value with no verb or colon only so. "PIN: 560034" under an Indian address
 * is its postcode: a PIN's six digits count only when said to be one.
 */
function isSaidAccessCode(text: string, match: RegExpExecArray): boolean {
  const [, word = '', between = '', value = ''] = match;
  const before = text.slice(Math.max(0, text.lastIndexOf('\n', match.index - 1) + 1, match.index - 48), match.index);
  const opens = WHAT_A_CODE_OPENS.test(between) || WHAT_A_CODE_OPENS.test(before);
  if ((GENERIC_CODE_WORD.test(word) || match[2] === undefined) && !opens && !OPENS_NOTHING_ELSE.test(word)) return false;
  return !(/^pin(?:s|-?code)?$/iu.test(word) && /^\d{6}$/u.test(value) && !/[\p{L}]/u.test(between));
}

/** The code words that say an access code by themselves: a PIN, a one-time code, a passcode, a key box's number. */
const OPENS_NOTHING_ELSE = /^(?:pin|pins|otp|passcode|puk|cvv|cvc|2fa|keybox|lockbox)/iu;

function isAfterAnAccount(before: string): boolean {
  return ACCOUNT_BEFORE.test(before) || LOGIN_BEFORE.test(before);
}

function codeAtEnd(match: RegExpExecArray, value: string): Candidate {
  const start = match.index + match[0].length - value.length;
  return { type: 'SECRET', secretKind: 'assigned-secret', start, end: start + value.length, value };
}

/**
 * Letters, a digit and a sign, a lower-case letter among them — and a capital, two signs or a sign only
 * passwords use: "Winter#Mailbox77", "sunflower2026!!", "Kx9#pLm2vQ"; not "issue#4471fix", "deploy@web01".
 */
function isPasswordShaped(value: string): boolean {
  if (!LETTER.test(value) || !DIGIT.test(value)) return false;
  const signs = value.match(SIGN)?.length ?? 0;
  return signs > 0 && (UPPER.test(value) || signs >= 2 || STRONG_SIGN.test(value));
}
