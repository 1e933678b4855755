/**
 * Files shipped with tandem (the sample handbook, migrations, package.json), found from the package
 * root rather than relative to the calling module: the same code runs from src/ (tsx, vitest) and
 * bundled into dist/, where a module's own location says nothing about where the assets are.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

export function packageRoot(): string {
  root ??= findRoot(dirname(fileURLToPath(import.meta.url)));
  return root;
}

export function packageFile(relativePath: string): string {
  return join(packageRoot(), relativePath);
}

export function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(packageFile('package.json'), 'utf8')) as { version?: string };
  return manifest.version ?? 'unknown';
}

function findRoot(start: string): string {
  for (let directory = start; ; directory = dirname(directory)) {
    if (existsSync(join(directory, 'package.json')) && existsSync(join(directory, 'knowledge'))) return directory;
    if (dirname(directory) === directory) throw new Error(`tandem's package root was not found above ${start}`);
  }
}
