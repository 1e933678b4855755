/**
 * What a test started — fake servers, a composed tandem, a Slack or Discord adapter — is closed after
 * it, newest first, so an adapter stops before the world (fake model servers, temp folder) it talks
 * to. One afterEach per file instead of the same "stop, close, forget" block written in each.
 */
import { afterEach } from 'vitest';

type Closable = { stop(): unknown } | { close(): unknown };

/** Registers the afterEach; returns `own`, which tracks a resource and hands it back unchanged. */
export function closeAfterEach(): <T extends Closable>(resource: T) => T {
  const started: Closable[] = [];
  afterEach(async () => {
    for (const resource of started.splice(0).reverse()) await ('stop' in resource ? resource.stop() : resource.close());
  });
  return (resource) => {
    started.push(resource);
    return resource;
  };
}
