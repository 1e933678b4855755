/**
 * Ollama's health: is the server up, are the chat and embed models pulled, and how much context
 * the chat model really has (the router decides "too long for local" from it).
 */
import { maskSecretsIn } from '../../mask-secrets.ts';
import type { ShowResponse } from 'ollama';
import type { ProviderHealth } from './contract.ts';
import { describeCause } from './errors-map.ts';
import { findModelName } from './model-names.ts';
import { isConnectionFailure, mapOllamaError, responseStatus } from './ollama-client.ts';
import type { OllamaCall, OllamaSettings } from './ollama-client.ts';

export async function checkOllamaHealth(settings: OllamaSettings, call: OllamaCall): Promise<ProviderHealth> {
  let pulled: string[];
  try {
    pulled = (await call.client.list()).models.map((model) => model.name);
  } catch (error) {
    return { ok: false, detail: describeDown(settings, error, call) };
  }
  const chatPulled = findModelName(pulled, settings.model);
  const embedPulled = settings.embedModel === undefined ? undefined : findModelName(pulled, settings.embedModel);
  const notes: string[] = [];
  let contextWindow: number | undefined;
  let parameterSize: string | undefined;
  if (chatPulled === undefined) {
    notes.push(notPulled('chat model', settings.model));
  } else {
    const context = await readContext(call, chatPulled);
    // The usable window is what tandem asks for (num_ctx), capped by what the model was trained for.
    contextWindow = Math.min(settings.contextWindow, context.contextWindow ?? settings.contextWindow);
    parameterSize = context.parameterSize;
    notes.push(`chat model ${settings.model} is ready${describeContext(settings, context)}`);
  }
  if (settings.embedModel !== undefined) {
    notes.push(embedPulled === undefined ? notPulled('embed model', settings.embedModel) : `embed model ${settings.embedModel} is ready`);
  }
  // A missing embed model costs semantic search (ingest says so), not answers: chat health decides.
  const ok = chatPulled !== undefined;
  return {
    ok,
    detail: `Ollama at ${maskSecretsIn(settings.host)}: ${notes.join('; ')}`,
    ...(contextWindow === undefined ? {} : { contextWindow }),
    ...(parameterSize === undefined ? {} : { parameterSize }),
  };
}

function notPulled(what: string, model: string): string {
  return `${what} ${model} is not pulled: run \`ollama pull ${model}\``;
}

interface ContextFacts {
  /** What the model was trained for: the real ceiling for num_ctx. */
  contextWindow: number | undefined;
  /** A num_ctx baked into the Modelfile; tandem's own num_ctx overrides it per request. */
  modelfileNumCtx: number | undefined;
  /** details.parameter_size, e.g. "3.2B": how capable the local model is (see local-tier.ts). */
  parameterSize?: string;
  problem: string | undefined;
}

async function readContext(call: OllamaCall, model: string): Promise<ContextFacts> {
  let shown: ShowResponse;
  try {
    shown = await call.client.show({ model });
  } catch (error) {
    return { contextWindow: undefined, modelfileNumCtx: undefined, problem: describeCause(error) };
  }
  // Typed as a Map by the client, but it arrives as a plain JSON object.
  const info = (shown.model_info ?? {}) as unknown as Record<string, unknown>;
  const architecture = info['general.architecture'];
  const trained = typeof architecture === 'string' ? info[`${architecture}.context_length`] : undefined;
  const numCtx = /^num_ctx\s+(\d+)/m.exec(shown.parameters ?? '')?.[1];
  const modelfileNumCtx = numCtx === undefined ? undefined : Number(numCtx);
  const parameterSize = shown.details?.parameter_size;
  return {
    contextWindow: typeof trained === 'number' ? trained : modelfileNumCtx,
    modelfileNumCtx,
    ...(typeof parameterSize === 'string' && parameterSize !== '' ? { parameterSize } : {}),
    problem: undefined,
  };
}

function describeContext(settings: OllamaSettings, facts: ContextFacts): string {
  if (facts.problem !== undefined) return ` (could not read its context length: ${facts.problem})`;
  const parts: string[] = [];
  if (facts.contextWindow !== undefined) parts.push(`context length ${facts.contextWindow}`);
  parts.push(`tandem sends num_ctx ${settings.contextWindow}`);
  if (facts.modelfileNumCtx !== undefined) parts.push(`its Modelfile sets num_ctx ${facts.modelfileNumCtx}`);
  if (facts.contextWindow !== undefined && settings.contextWindow > facts.contextWindow) {
    parts.push(`lower contextWindow to ${facts.contextWindow} or less: the model cannot use more`);
  }
  return ` (${parts.join(', ')})`;
}

function describeDown(settings: OllamaSettings, error: unknown, call: OllamaCall): string {
  if (isConnectionFailure(error)) {
    return `cannot reach Ollama (${describeCause(error)}): is Ollama running at ${maskSecretsIn(settings.host)}? Start it with \`ollama serve\``;
  }
  const status = responseStatus(error);
  if (status !== undefined) {
    return `${maskSecretsIn(settings.host)} answered ${status} to /api/tags (${describeCause(error)}): is it an Ollama server?`;
  }
  const mapped = mapOllamaError(settings, error, call.context);
  return `Ollama at ${maskSecretsIn(settings.host)} did not list its models: ${mapped instanceof Error ? mapped.message : String(mapped)}`;
}
