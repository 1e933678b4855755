/**
 * What Slack itself sends to an app's HTTP endpoint: signed Events API callbacks (JSON), slash
 * commands and interactions (form-encoded), with the v0 HMAC-SHA256 signature Bolt verifies.
 */
import { createHmac } from 'node:crypto';

export interface SignOptions {
  signingSecret: string;
  /** Seconds since epoch; defaults to now. Older than 5 minutes is rejected by Bolt. */
  timestamp?: number;
  /** Slack's redelivery counter (`x-slack-retry-num`). */
  retryNum?: number;
  retryReason?: string;
  /** Replace the computed signature (to test rejection). */
  signature?: string;
}

export interface SignedResponse {
  status: number;
  body: string;
}

export function signBody(signingSecret: string, timestamp: number, rawBody: string): string {
  return `v0=${createHmac('sha256', signingSecret).update(`v0:${timestamp}:${rawBody}`).digest('hex')}`;
}

async function sendSigned(url: string, rawBody: string, contentType: string, options: SignOptions): Promise<SignedResponse> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = {
    // Exactly this content type: Bolt answers 400 to a charset suffix on form posts.
    'content-type': contentType,
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': options.signature ?? signBody(options.signingSecret, timestamp, rawBody),
  };
  if (options.retryNum !== undefined) {
    headers['x-slack-retry-num'] = String(options.retryNum);
    headers['x-slack-retry-reason'] = options.retryReason ?? 'http_timeout';
  }
  const response = await fetch(url, { method: 'POST', headers, body: rawBody });
  return { status: response.status, body: await response.text() };
}

export function sendSignedEvent(url: string, body: unknown, options: SignOptions): Promise<SignedResponse> {
  return sendSigned(url, JSON.stringify(body), 'application/json', options);
}

export function sendSignedForm(url: string, fields: Record<string, string>, options: SignOptions): Promise<SignedResponse> {
  return sendSigned(url, new URLSearchParams(fields).toString(), 'application/x-www-form-urlencoded', options);
}

/** An interaction (button, shortcut) travels as a form with one `payload` JSON field. */
export function sendSignedInteraction(url: string, payload: unknown, options: SignOptions): Promise<SignedResponse> {
  return sendSignedForm(url, { payload: JSON.stringify(payload) }, options);
}

let eventCounter = 0;

/** The Events API envelope around an event (`event_callback`). */
export function eventCallback(event: Record<string, unknown>, options: { eventId?: string; teamId?: string } = {}): Record<string, unknown> {
  eventCounter += 1;
  return {
    token: 'legacy-verification-token',
    team_id: options.teamId ?? 'T0001',
    api_app_id: 'A0FAKE',
    event: { event_ts: event.ts, ...event },
    type: 'event_callback',
    event_id: options.eventId ?? `Ev${String(eventCounter).padStart(8, '0')}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: options.teamId ?? 'T0001', user_id: 'UBOT', is_bot: true }],
  };
}

export interface SlashCommandFields {
  command: string;
  text?: string;
  userId: string;
  channelId: string;
  channelName?: string;
  responseUrl: string;
  triggerId?: string;
}

export function slashCommand(fields: SlashCommandFields): Record<string, string> {
  return {
    token: 'legacy-verification-token',
    team_id: 'T0001',
    team_domain: 'fake-workspace',
    channel_id: fields.channelId,
    channel_name: fields.channelName ?? 'general',
    user_id: fields.userId,
    user_name: fields.userId.toLowerCase(),
    command: fields.command,
    text: fields.text ?? '',
    api_app_id: 'A0FAKE',
    response_url: fields.responseUrl,
    trigger_id: fields.triggerId ?? `trigger-${Math.random().toString(36).slice(2)}`,
  };
}

interface InteractionOn {
  userId: string;
  channelId: string;
  messageTs: string;
  threadTs?: string;
  responseUrl: string;
  /** The clicked message's blocks, which Slack sends with the action (other buttons' values among them). */
  blocks?: unknown[];
}

export function buttonClick(options: InteractionOn & { actionId: string; value: string }): Record<string, unknown> {
  return {
    type: 'block_actions',
    team: { id: 'T0001', domain: 'fake-workspace' },
    user: { id: options.userId, username: options.userId.toLowerCase(), team_id: 'T0001' },
    api_app_id: 'A0FAKE',
    token: 'legacy-verification-token',
    trigger_id: `trigger-${Math.random().toString(36).slice(2)}`,
    channel: { id: options.channelId, name: 'general' },
    message: { type: 'message', ts: options.messageTs, user: 'UBOT', text: 'answer', ...(options.threadTs ? { thread_ts: options.threadTs } : {}), ...(options.blocks ? { blocks: options.blocks } : {}) },
    container: { type: 'message', message_ts: options.messageTs, channel_id: options.channelId, is_ephemeral: false },
    response_url: options.responseUrl,
    actions: [
      {
        type: 'button',
        action_id: options.actionId,
        block_id: 'feedback',
        value: options.value,
        action_ts: '1700000000.000001',
        text: { type: 'plain_text', text: '👍' },
      },
    ],
  };
}

/** A click on one of Slack's native feedback buttons: the element's action id, the clicked button's value. */
export function feedbackButtonsClick(options: InteractionOn & { actionId: string; value: string }): Record<string, unknown> {
  const click = buttonClick(options);
  return { ...click, actions: [{ type: 'feedback_buttons', action_id: options.actionId, block_id: 'feedback', value: options.value, action_ts: '1700000000.000001' }] };
}

export function messageShortcut(options: InteractionOn & { callbackId: string }): Record<string, unknown> {
  return {
    type: 'message_action',
    callback_id: options.callbackId,
    trigger_id: `trigger-${Math.random().toString(36).slice(2)}`,
    message_ts: options.messageTs,
    response_url: options.responseUrl,
    message: { type: 'message', user: 'U0ALICE', ts: options.messageTs, text: 'a message', ...(options.threadTs ? { thread_ts: options.threadTs } : {}) },
    user: { id: options.userId, name: options.userId.toLowerCase() },
    channel: { id: options.channelId, name: 'general' },
    team: { id: 'T0001', domain: 'fake-workspace' },
    token: 'legacy-verification-token',
    action_ts: '1700000000.000002',
  };
}
