/** Renders a reply as plain text for terminals (the shell adapter and `tandem ask`). */
import type { OutgoingReply } from '../core/chat-contract.ts';

export function renderReplyText(reply: OutgoingReply): string {
  const lines: string[] = [];
  if (reply.marker && reply.markerPlacement === 'top') lines.push(reply.marker, '');
  lines.push(reply.text);
  if (reply.citations.length > 0) {
    lines.push('', 'Sources:');
    for (const citation of reply.citations) {
      lines.push(`  [${citation.index}] ${citation.source} — ${citation.heading}${citation.link ? ` <${citation.link}>` : ''}`);
    }
  }
  for (const note of reply.notes) lines.push('', `ℹ️  ${note}`);
  if (reply.marker && reply.markerPlacement !== 'top') lines.push('', reply.marker);
  return lines.join('\n');
}
