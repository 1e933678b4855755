/**
 * Which document links may become clickable links in a chat. Links come from documents (front
 * matter `url:`, Markdown in quoted passages), and documents are written by anyone: in Slack a
 * target of `!channel` renders as `<!channel|…>` and pings the whole channel, `javascript:` or
 * `file:` targets are never what a reader expects. Only absolute http(s) URLs qualify; their
 * credentials (`user:pass@`) are dropped. Anything else is shown as plain text by the caller.
 */
export function httpLinkTarget(link: string | undefined): string | undefined {
  const candidate = link?.trim();
  if (!candidate) return undefined;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (url.username || url.password) {
    url.username = '';
    url.password = '';
    return url.href;
  }
  // Kept as written (no added trailing slash); characters that end a link in chat markup are encoded.
  return candidate.replace(/[\s"<>`]/g, (character) => encodeURIComponent(character));
}
