/** The "☁️ Ask a stronger model" button as a Discord component, apart from its handler so rendering can use it. */
import { ButtonStyle, ComponentType, type APIButtonComponent } from 'discord.js';
import type { StrongerModelPress } from '../../core/chat-contract.ts';

export function strongerModelButton(modelCallId: number, source: StrongerModelPress['source']): APIButtonComponent {
  return {
    type: ComponentType.Button,
    style: ButtonStyle.Primary,
    custom_id: `stronger_model:${source}:${modelCallId}`,
    emoji: { name: '☁️' },
    label: 'Ask a stronger model',
  };
}
