import { isDepartmentWord } from './department-words.ts';
import { isDictionaryWord } from './english-dictionary.ts';
import { isHumanName } from './human-names.ts';
import { isTownOrPlace } from './settlement-names.ts';
import { factsOf } from './name-word-facts.ts';
import { isKnownNameWord, isOrgOrPlaceWord } from './name-lexicon.ts';
import { matchesOf } from './regex-matches.ts';
import { personBetween, type Candidate } from './types.ts';

/**
 * Who signs a pasted e-mail or note: "Best, Folasade", "Cheers,⏎Tavita", "Kind regards,⏎Ngozi
 * Adeyemi-Okafor", "Un saludo, Ximena". A valediction, a comma or a line, then one to three capitalised
 * words that end the line, the message or the quote: the sender, when a names list holds the name (see
 * isSignerName). Not a team or a desk signing ("Best, the Ops team", "Thanks, Support", "Regards, HR"). The
 * valediction itself is no name, though "Best" and "Cheers" are somebody's somewhere.
 */
const VALEDICTIONS = String.raw`best(?:\s+regards|\s+wishes)?|kind(?:est)?\s+regards|warm(?:est)?\s+regards|regards|rgds|cheers|thanks(?:\s+again|\s+so\s+much)?|thank\s+you|many\s+thanks|sincerely(?:\s+yours)?|yours\s+(?:sincerely|truly)|take\s+care|warmly|respectfully|saludos(?:\s+cordiales)?|un\s+saludo|atentamente|gracias|obrigad(?:o|a)|merci|danke|groetjes|ngā\s+mihi|med\s+vänlig\s+hälsning|cordialement|bien\s+à\s+vous|viele\s+grüße|liebe\s+grüße|mit\s+freundlichen\s+grüßen|groeten|met\s+vriendelijke\s+groet|atenciosamente|abraços|cordiali\s+saluti|saluti|hälsningar|mvh|pozdrawiam|terima\s+kasih|salamat`;
/** A capitalised word ("O'Shaughnessy", "D'Souza" too), or an initial before the surname ("O. Oyelaran"). */
const NAME_WORD = String.raw`\p{Lu}(?:['’]\p{Lu})?[\p{Ll}\p{M}'’-]+`;
const INITIAL = String.raw`\p{Lu}\.`;
/** What may follow a signer's name on its line: pronouns or a team in brackets, a bar and a title, a credential ("Oyelaran (she/her)", "| Platform", ", PMP"). */
const NOTE_AFTER = String.raw`(?:[ \t]*\([^()\n]{1,24}\)|[ \t]*\|[^\n]{1,40}|,[ \t]*\p{Lu}{2,5})`;
/** The valedictions in any case, the name capitalised: `i` would let "cheers mate" sign. */
const ANY_CASE_VALEDICTIONS = VALEDICTIONS.replace(/(?<!\\)\p{Ll}/gu, (letter) => (letter.toUpperCase().length === 1 ? `[${letter}${letter.toUpperCase()}]` : letter));
const SIGN_OFF = new RegExp(
  String.raw`(?<![\p{L}\p{M}])(?:${ANY_CASE_VALEDICTIONS})[ \t]*[,!.]?[ \t]*(?:[-–—][ \t]*)?(?:\r?\n[ \t]*(?:>[ \t]*)*)?\*{0,2}((?:${INITIAL}[ \t]*)?${NAME_WORD}(?:[ \t]+${NAME_WORD}){0,2})\*{0,2}(?=${NOTE_AFTER}?[ \t]*(?:$|\r?\n|["”'’)]|\s[-–—]\s))`,
  'gu',
);
/**
 * "Best" alone before a comma and a name that ends the message or the quote: the valediction, which the name
 * passes may take for a first name. Not a surname in a roster ("Best, Pete⏎Starr, Ringo"), nor one mid-sentence.
 */
const VALEDICTION_WORD = new RegExp(String.raw`^(?:${VALEDICTIONS})$`, 'iu');
const VALEDICTION_AFTER = new RegExp(String.raw`^[ \t]*(?:,[ \t]*(?:\r?\n[ \t]*)?|\r?\n[ \t]*)\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]*){0,2}${NOTE_AFTER}?[ \t]*(?:$|["”'’)]|\s[-–—]\s)`, 'u');
const SIGN_OFF_HINT = /best|regard|rgds|cheers|thank|sincerely|yours|care|warmly|respectfully|salud|atentamente|gracias|obrigad|merci|danke|groet|mihi|hälsning|cordial|vous|grüße|atenciosamente|abraços|saluti|mvh|pozdrawiam|kasih|salamat/iu;

export function detectSignatureNames(text: string): Candidate[] {
  if (!SIGN_OFF_HINT.test(text)) return [];
  const found: Candidate[] = [];
  for (const match of matchesOf(SIGN_OFF, text)) {
    const name = match[1]!;
    if (!isSignerName(name)) continue;
    const start = match.index + match[0].lastIndexOf(name);
    found.push(personBetween(text, start, start + name.length));
  }
  return found;
}

/** A valediction the name passes took for a name ("Best" of "Best, Kwabena"): a comma or a line, then a name that ends the message or the quote. */
export function isValediction(text: string, candidate: Candidate): boolean {
  return VALEDICTION_WORD.test(candidate.value) && VALEDICTION_AFTER.test(text.slice(candidate.end, candidate.end + 60));
}

/** Words that sign for a group, in the languages of the valedictions: "the Ops team", "Equipo Rappi", "Ihr Kundenservice". */
const GROUP_WORDS: ReadonlySet<string> = new Set(
  'team teams crew squad staff desk helpdesk group office management everyone all the equipo equipe équipe servicio serviço servizio service clienti clientes kundenservice ihr votre vuestro seu suo support soporte suporte'.split(' '),
);

/**
 * A person signing: a word the names list holds, and no word of a group, team, firm, tool or place ("thanks
 * Nairobi", "Regards, Deliveroo", "Saludos, Equipo Rappi" are a city, a firm and a team); a word that is also
 * an English word ("Team", "Security") only when it is a known first name ("Grace"). A name no list holds
 * signs unseen: firms sign e-mails the same way.
 */
function isSignerName(name: string): boolean {
  const words = name.split(/[ \t]+/u);
  if (words.some((word) => GROUP_WORDS.has(word.toLowerCase()) || isDepartmentWord(word.toLowerCase()) || isOrgOrPlaceWord(word.toLowerCase()) || factsOf(word).tool || isTownOrPlace(word))) return false;
  if (!words.some((word) => isHumanName(word))) return false;
  return !words.every((word) => isDictionaryWord(word.toLowerCase()) && !isKnownNameWord(word.toLowerCase()));
}
