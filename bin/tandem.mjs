#!/usr/bin/env node
// Runs the compiled JavaScript in dist/ (see scripts/build.mjs). When the sources changed since the
// last build, or nothing was built yet, it builds first (well under a second); if building is
// impossible (esbuild missing), it runs the TypeScript sources through tsx as before.
import { pathToFileURL } from 'node:url';
import { build, currentBuild } from '../scripts/build.mjs';

async function compiledEntry() {
  try {
    return currentBuild() ?? (await build());
  } catch {
    return undefined;
  }
}

const entry = await compiledEntry();
if (entry) {
  const { main } = await import(pathToFileURL(entry).href);
  await main();
} else {
  const { register } = await import('tsx/esm/api');
  register();
  const { main } = await import('../src/cli/entry.ts');
  await main();
}
