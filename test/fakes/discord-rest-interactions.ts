/**
 * Interaction callbacks and the interaction webhook (original response, follow-ups) of the fake
 * Discord. Each interaction's responses are recorded so tests can assert what a person saw and
 * whether it was ephemeral (flags 64).
 */
import { messageBodyProblems } from './discord-limits.ts';
import {
  invalidBody,
  json,
  messageFields,
  noContent,
  notFound,
  type FakeRequest,
  type FakeResponse,
  type RestContext,
  type Route,
} from './discord-rest.ts';
import { timestampOf, type ApiObject } from './discord-state.ts';

export const EPHEMERAL = 64;

export interface FakeInteractionRecord {
  id: string;
  token: string;
  channelId: string;
  /** Callbacks in order: `type` 4 reply, 5 deferred reply, 6 deferred update, 7 update. */
  callbacks: { type: number; data?: ApiObject; at: number }[];
  /** The original response once it has content (reply or first edit after a deferral). */
  original?: ApiObject;
  originalEdits: number;
  /** Each edit of the original response as it arrived: when, and the content it set (if any). */
  originalEditLog: { at: number; content?: string }[];
  originalDeleted: boolean;
  followups: ApiObject[];
}

const byToken = (context: RestContext, token: string) =>
  [...context.interactions.values()].find((record) => record.token === token);

function responseMessage(context: RestContext, record: FakeInteractionRecord, fields: ApiObject): ApiObject {
  const message = context.state.messageJson({
    channelId: record.channelId,
    authorId: context.state.botUser.id,
    content: typeof fields.content === 'string' ? fields.content : '',
    extra: { ...fields, type: 20, webhook_id: context.state.applicationId, application_id: context.state.applicationId },
  });
  // Ephemeral responses are seen by one person only; they never enter the channel's history.
  if ((Number(fields.flags ?? 0) & EPHEMERAL) === 0) context.state.storeMessage(record.channelId, message);
  return message;
}

function callback(request: FakeRequest, [id = '', token = '']: string[], context: RestContext): FakeResponse {
  const record = context.interactions.get(id);
  if (!record || record.token !== token) return notFound('interaction', 10062);
  if (record.callbacks.length > 0) {
    return json({ message: 'Interaction has already been acknowledged.', code: 40060 }, 400);
  }
  const body = (request.body ?? {}) as { type?: number; data?: ApiObject };
  record.callbacks.push({ type: Number(body.type), data: body.data, at: Date.now() });
  if (body.type === 4) {
    const problems = messageBodyProblems({ ...body.data, attachments: request.files }, { requireSomething: true });
    if (problems.length > 0) return invalidBody(problems);
    record.original = responseMessage(context, record, messageFields(body.data ?? {}, request.files));
  }
  return noContent();
}

function deferralFlags(record: FakeInteractionRecord): number {
  return Number(record.callbacks[0]?.data?.flags ?? 0) & EPHEMERAL;
}

/** Discord: an interaction token works for 15 minutes after the interaction was created. */
const TOKEN_LIFETIME_MS = 15 * 60 * 1000;

function expired(record: FakeInteractionRecord): FakeResponse | undefined {
  return Date.now() - timestampOf(record.id) > TOKEN_LIFETIME_MS ? json({ message: 'Invalid Webhook Token', code: 50027 }, 401) : undefined;
}

function editOriginal(request: FakeRequest, [, token = '']: string[], context: RestContext): FakeResponse {
  const record = byToken(context, token);
  if (!record || record.callbacks.length === 0 || record.originalDeleted) return notFound('Webhook', 10015);
  const stale = expired(record);
  if (stale) return stale;
  const body = (request.body ?? {}) as ApiObject;
  const problems = messageBodyProblems({ ...body, attachments: request.files }, { requireSomething: false });
  if (problems.length > 0) return invalidBody(problems);
  const fields = messageFields(body, request.files);
  // The original response keeps the visibility chosen when the interaction was acknowledged.
  fields.flags = deferralFlags(record);
  record.originalEdits += 1;
  record.originalEditLog.push({ at: Date.now(), ...(typeof fields.content === 'string' ? { content: fields.content } : {}) });
  if (record.original) Object.assign(record.original, fields);
  else record.original = responseMessage(context, record, fields);
  return json(record.original);
}

function followUp(request: FakeRequest, [, token = '']: string[], context: RestContext): FakeResponse {
  const record = byToken(context, token);
  if (!record || record.callbacks.length === 0) return notFound('Webhook', 10015);
  const stale = expired(record);
  if (stale) return stale;
  const body = (request.body ?? {}) as ApiObject;
  const problems = messageBodyProblems({ ...body, attachments: request.files }, { requireSomething: true });
  if (problems.length > 0) return invalidBody(problems);
  const fields = messageFields(body, request.files);
  if (record.callbacks[0]?.type === 5 && !record.original && !record.originalDeleted) {
    // Discord: the first follow-up after a deferral fills the deferred response and keeps the
    // deferral's visibility, whatever flags it asks for.
    record.original = responseMessage(context, record, { ...fields, flags: deferralFlags(record) });
    return request.query.wait === 'true' ? json(record.original) : noContent();
  }
  const message = responseMessage(context, record, fields);
  record.followups.push(message);
  return request.query.wait === 'true' ? json(message) : noContent();
}

function editFollowUp(request: FakeRequest, [, token = '', messageId = '']: string[], context: RestContext) {
  const record = byToken(context, token);
  const message = record?.followups.find((candidate) => candidate.id === messageId);
  if (!message) return notFound('Message', 10008);
  Object.assign(message, messageFields((request.body ?? {}) as ApiObject, request.files));
  return json(message);
}

function deleteOriginal(_request: FakeRequest, [, token = '']: string[], context: RestContext): FakeResponse {
  const record = byToken(context, token);
  if (!record?.original) return notFound('Message', 10008);
  record.originalDeleted = true;
  const list = context.state.messages.get(record.channelId) ?? [];
  const index = list.indexOf(record.original);
  if (index >= 0) list.splice(index, 1);
  return noContent();
}

const ID = '(\\d+)';
const TOKEN = '([^/]+)';

export const interactionRoutes: Route[] = [
  ['POST', new RegExp(`^/interactions/${ID}/${TOKEN}/callback$`), callback],
  ['PATCH', new RegExp(`^/webhooks/${ID}/${TOKEN}/messages/@original$`), editOriginal],
  ['GET', new RegExp(`^/webhooks/${ID}/${TOKEN}/messages/@original$`), (_request, [, token = ''], context) => {
    const original = byToken(context, token)?.original;
    return original ? json(original) : notFound('Message', 10008);
  }],
  ['DELETE', new RegExp(`^/webhooks/${ID}/${TOKEN}/messages/@original$`), deleteOriginal],
  ['POST', new RegExp(`^/webhooks/${ID}/${TOKEN}$`), followUp],
  ['PATCH', new RegExp(`^/webhooks/${ID}/${TOKEN}/messages/${ID}$`), editFollowUp],
];
