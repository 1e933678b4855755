/**
 * Markdown (what the bot core writes) to Slack mrkdwn (what Slack renders): `**b**` → `*b*`,
 * `*i*` → `_i_`, `[t](u)` → `<u|t>`, headings → bold lines, bullets → `•`. Code is left untouched
 * apart from the `&`, `<`, `>` escaping Slack requires everywhere.
 */
import { httpLinkTarget } from '../link-target.ts';

/** Slack treats these three as control characters in all text. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A URL inside `<…|…>` must not contain the delimiters themselves. */
function safeUrl(url: string): string {
  return url.replace(/</g, '%3C').replace(/>/g, '%3E').replace(/\|/g, '%7C');
}

/** Label text may not contain `|` or `>` either (the escaping handles `<` and `>`). */
function safeLabel(label: string): string {
  return escapeMrkdwn(label).replace(/\|/g, '¦');
}

// Private-use characters mark stashed fragments; they never occur in model output.
const STASH_OPEN = '\uE000';
const STASH_CLOSE = '\uE001';

function convertInline(text: string, stash: (fragment: string) => string): string {
  let out = text
    .replace(/!?\[([^\]\n]+)\]\((\S+?)(?:\s+"[^"]*")?\)/g, (_m, label: string, url: string) => {
      // `[x](!here)` would become `<!here|x>`, a ping: only http(s) targets become links.
      const target = httpLinkTarget(url);
      return stash(target ? `<${safeUrl(target)}|${safeLabel(label)}>` : safeLabel(label));
    })
    .replace(/<(https?:\/\/[^\s>]+)>/g, (_m, url: string) => {
      // An autolink is a link like any other: credentials in it are dropped.
      const target = httpLinkTarget(url);
      return target ? stash(`<${safeUrl(target)}>`) : safeLabel(url);
    });
  out = escapeMrkdwn(out);
  out = out
    .replace(/\*\*(?=\S)([^*\n]+?)\*\*/g, (_m, inner: string) => stash(`*${inner}*`))
    .replace(/__(?=\S)([^_\n]+?)__/g, (_m, inner: string) => stash(`*${inner}*`))
    .replace(/(^|[^*\w])\*(?=\S)([^*\n]+?)\*(?![*\w])/g, (_m, lead: string, inner: string) => `${lead}_${inner}_`)
    .replace(/~~(?=\S)([^~\n]+?)~~/g, (_m, inner: string) => `~${inner}~`);
  return out;
}

function convertLine(line: string, stash: (fragment: string) => string): string {
  const heading = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
  if (heading) {
    // The whole heading becomes bold, so bold markers inside it would only nest.
    return `*${convertInline((heading[1] ?? '').replace(/\*\*|__/g, ''), stash)}*`;
  }
  const bullet = /^(\s*)[-*+]\s+(.*)$/.exec(line);
  if (bullet) return `${bullet[1] ?? ''}• ${convertInline(bullet[2] ?? '', stash)}`;
  if (/^\s*([-*_]\s*){3,}$/.test(line)) return '───';
  return convertInline(line, stash);
}

/** Splits out fenced and inline code, which must keep its characters as written. */
function protectCode(markdown: string, stash: (fragment: string) => string): string {
  return markdown
    .replace(/```[^\n`]*\n?([\s\S]*?)```/g, (_m, body: string) => {
      const code = escapeMrkdwn(body.replace(/\n$/, ''));
      return stash(`\`\`\`\n${code}\n\`\`\``);
    })
    .replace(/`([^`\n]+)`/g, (_m, body: string) => stash(`\`${escapeMrkdwn(body)}\``));
}

export function markdownToMrkdwn(markdown: string): string {
  const fragments: string[] = [];
  const stash = (fragment: string): string => `${STASH_OPEN}${fragments.push(fragment) - 1}${STASH_CLOSE}`;
  const converted = protectCode(markdown.replace(/\r\n/g, '\n'), stash)
    .split('\n')
    .map((line) => convertLine(line, stash))
    .join('\n');
  const restore = (text: string): string =>
    text.replace(new RegExp(`${STASH_OPEN}(\\d+)${STASH_CLOSE}`, 'g'), (_m, index: string) =>
      restore(fragments[Number(index)] ?? ''),
    );
  return restore(converted);
}
