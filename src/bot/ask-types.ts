/** The shapes of a question's journey, shared by the ask flow and the steps that answer it. */
import type { ChannelScope, RetrievalResult } from '../knowledge/index.ts';
import type { RequestKind } from '../router/request-kind/assess-request.ts';
import type { LocalTier } from '../router/request-kind/local-tier.ts';
import type { ChatMessage } from '../router/providers/contract.ts';
import type { CallContext } from '../router/request-context.ts';
import type { ModelOutcome } from './outcome.ts';
import type { RouteFlags } from './parse-command.ts';
import type { ConversationContext } from './conversation/conversation-context.ts';
import type { OpenStream } from './answer/stream-answer.ts';

export interface AskRequest {
  question: string;
  scope: ChannelScope;
  flags: RouteFlags;
  context: Omit<CallContext, 'route' | 'reasons' | 'command'>;
  /** Workspace member names for the privacy guard; loaded only if the request escalates. */
  memberNames?: () => Promise<readonly string[]>;
  /** The thread or DM the question was asked in: turns for the model, a standalone question for retrieval. */
  conversation?: ConversationContext;
  /** Present when the platform can show the answer while it is written. */
  openStream?: OpenStream;
}

/** The ladder's one outcome, with what only a question has. */
export interface AskOutcome extends ModelOutcome {
  /** False when the knowledge base had nothing good enough. */
  found: boolean;
  /** The router's view of the request: whether it could have escalated, and the features a press is recorded with. */
  routing?: RoutingFeatures;
}

export interface RoutingFeatures {
  cloudAllowed: boolean;
  kind: RequestKind;
  difficulty: number;
  tier: LocalTier;
}

/** Everything the answering steps share for one question. */
export interface AnswerPlan {
  request: AskRequest;
  /** What kind of request the router judged this to be: chit-chat gets no "not found" preamble. */
  kind: RequestKind;
  retrieval: RetrievalResult;
  messages: ChatMessage[];
  found: boolean;
  notes: string[];
  /** Only the first model attempt streams; a fallback's answer replaces it when posted. */
  streamUsed: boolean;
}
