/**
 * Compiles tandem's TypeScript once into JavaScript under dist/, so `tandem` does not pay for a
 * TypeScript compiler at every run. Plain JavaScript on purpose: it must run before anything is built.
 *
 *   node scripts/build.mjs          (also `npm run build`; `npm install` / `npm ci` run it as `prepare`)
 *
 * One ESM bundle per entry with code splitting: each command's module (and what only it uses) is
 * its own chunk, loaded by the `import()` in src/cli/command-line.ts when that command runs.
 * Packages stay external (node_modules), so vendor SDKs load only when the code that uses them does;
 * only the few every command loads are compiled in (BUNDLED).
 *
 * A build lives in dist/<fingerprint>/, where the fingerprint covers every source file's path,
 * size and modification time. bin/tandem.mjs uses the build matching the sources on disk and makes
 * one when there is none (edited sources, a fresh clone without `prepare`), so a stale build can
 * never run. Builds are written to a temporary folder and renamed into place, so two processes
 * building at once cannot see each other's half-written files.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const DIST = join(ROOT, 'dist');
/** What the bundle is made of: the sources, and this file's build settings. */
const INPUTS = [join(ROOT, 'src'), join(ROOT, 'db'), fileURLToPath(import.meta.url)];
const ENTRY = 'entry.js';
/**
 * The newest older builds are kept: a process that started from one loads its chunks during start-up
 * (each command's import()), so removing a build under a running bot is safe once it has started.
 */
const BUILDS_KEPT = 3;

/**
 * Packages compiled into the bundle: what every `tandem` command imports while it starts (config
 * parsing, the command line, the database layer, the local model's client). Pure JavaScript, no
 * files read at run time beside their own code.
 */
const BUNDLED = new Set(['zod', 'yaml', 'commander', 'drizzle-orm', 'ollama']);
/** A bundled CommonJS package's `require` of a Node built-in needs a real `require` in an ES module. */
const BANNER = "import { createRequire as __tandemCreateRequire } from 'node:module'; const require = __tandemCreateRequire(import.meta.url);";

function externalPackages() {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const names = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies, ...manifest.optionalDependencies });
  return names.filter((name) => !BUNDLED.has(name)).flatMap((name) => [name, `${name}/*`]);
}

export function sourceFingerprint() {
  const hash = createHash('sha1');
  for (const input of INPUTS) addToFingerprint(hash, input);
  return hash.digest('hex').slice(0, 16);
}

function addToFingerprint(hash, path) {
  const stat = statSync(path);
  if (stat.isDirectory()) {
    for (const name of readdirSync(path).sort()) addToFingerprint(hash, join(path, name));
    return;
  }
  hash.update(`${relative(ROOT, path)}\0${stat.size}\0${stat.mtimeMs}\n`);
}

/** The compiled entry point for the sources as they are now, or undefined when there is none yet. */
export function currentBuild(fingerprint = sourceFingerprint()) {
  const entry = join(DIST, fingerprint, ENTRY);
  return existsSync(entry) ? entry : undefined;
}

export async function build({ fingerprint = sourceFingerprint() } = {}) {
  const existing = currentBuild(fingerprint);
  if (existing) return existing;
  const { build: esbuild } = await import('esbuild');
  mkdirSync(DIST, { recursive: true });
  const staging = join(DIST, `.staging-${process.pid}-${Date.now()}`);
  try {
    await esbuild({
      entryPoints: { entry: join(ROOT, 'src/cli/entry.ts') },
      outdir: staging,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      // esbuild rewrites every regex literal with a \p{…} escape into `new RegExp(…)` at the place it is
      // written (a newer Unicode property name would otherwise be a syntax error in an older engine), so a
      // pattern inside a function was compiled again on each call. Node 20 knows every property these use.
      supported: { 'regexp-unicode-property-escapes': true },
      // Every package stays external (loaded from node_modules when the code that uses it runs), except
      // the small pure-JavaScript ones every command loads: bundled, they cost no module resolution
      // and file reads at each start. See BUNDLED.
      external: externalPackages(),
      banner: { js: BANNER },
      sourcemap: 'linked',
      logLevel: 'silent',
    });
    // Where the guard keeps the word tables it derives from packages' data (src/router/privacy/table-cache.ts):
    // beside the chunks, so each build starts with none and a source change can never read another build's.
    mkdirSync(join(staging, 'tables'));
    try {
      renameSync(staging, join(DIST, fingerprint));
    } catch (error) {
      // Another process finished the same build first: theirs is identical.
      if (!currentBuild(fingerprint)) throw error;
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  pruneOldBuilds(fingerprint);
  return join(DIST, fingerprint, ENTRY);
}

function pruneOldBuilds(keep) {
  const builds = readdirSync(DIST, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== keep)
    .map((entry) => ({ path: join(DIST, entry.name), modified: statSync(join(DIST, entry.name)).mtimeMs }))
    .sort((left, right) => right.modified - left.modified);
  for (const old of builds.slice(BUILDS_KEPT - 1)) rmSync(old.path, { recursive: true, force: true });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = performance.now();
  const entry = await build();
  console.log(`tandem built: ${relative(ROOT, entry)} (${Math.round(performance.now() - started)} ms)`);
}
