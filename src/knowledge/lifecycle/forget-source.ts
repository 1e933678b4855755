/**
 * `tandem forget PATH`: removes an added source and everything indexed from it — document and
 * passage rows, vectors, FTS5 entries — then purges, so none of its text stays in the file.
 * Configured folders and the sample follow the configuration and are refused here with the fix.
 */
import { KnowledgeIngestError } from '../errors.ts';
import type { RegisteredSource } from '../store/source-registry.ts';
import { purgeIfRemoved, removeSourceDocuments, type LifecycleContext } from './context.ts';

export interface ForgetOutcome {
  source: RegisteredSource;
  documents: number;
}

export function forgetSource(context: LifecycleContext, match: { path: string; name: string }): ForgetOutcome {
  const source = context.registry.find({ path: match.path }) ?? context.registry.find({ name: match.name });
  if (!source) throw new KnowledgeIngestError(`${match.path} is not a knowledge source: \`tandem sources\` lists them.`);
  if (source.origin === 'configured') {
    throw new KnowledgeIngestError(`${source.path} is configured in knowledge.folders (tandem.config.yaml): remove it there, and tandem drops it the next time it runs.`);
  }
  if (source.origin === 'sample') {
    throw new KnowledgeIngestError('The bundled sample handbook is used while you have no documents of your own: ingest your folder (it replaces the sample) or set knowledge.includeSample: false.');
  }
  const documents = removeSourceDocuments(context, source.name);
  context.registry.remove(source.name);
  context.store.removedText = true;
  purgeIfRemoved(context);
  return { source, documents };
}
