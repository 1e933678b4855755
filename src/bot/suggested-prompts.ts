/**
 * Questions offered when someone opens a new conversation: one per substantial document of the
 * knowledge base they may see, so every suggestion is one tandem can answer from its sources.
 */
import type { SuggestedPrompt } from '../core/chat-contract.ts';
import type { ChannelScope } from '../knowledge/index.ts';
import type { BotServices } from './services.ts';

/** Slack shows at most four suggested prompts. */
const PROMPT_COUNT = 4;
const TITLE_LIMIT = 40;

export function suggestedPrompts(services: Pick<BotServices, 'knowledge'>, scope: ChannelScope): SuggestedPrompt[] {
  return services.knowledge.topDocuments(scope, PROMPT_COUNT).map((document) => {
    const title = document.title.trim();
    return { title: title.length > TITLE_LIMIT ? `${title.slice(0, TITLE_LIMIT - 1)}…` : title, message: `What should I know about ${title}?` };
  });
}
