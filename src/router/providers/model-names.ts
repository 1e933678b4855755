/**
 * Ollama (natively and through its /v1) lists `llama3.2` as `llama3.2:latest`: a bare name means
 * the `latest` tag, so compare names with the tag filled in. Other servers' ids have no such tags.
 */
export function findModelName(available: string[], wanted: string): string | undefined {
  const normalize = (name: string): string => (name.includes(':') ? name : `${name}:latest`);
  return available.find((name) => name === wanted) ?? available.find((name) => normalize(name) === normalize(wanted));
}
