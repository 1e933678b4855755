// The architecture's promises, checked on every CI run (`npm run lint`, before the tests):
// no import cycles; vendor SDKs only in their provider files; the cloud providers reachable only
// through the escalation (src/router/cloud-escalation.ts) and the composition root (src/app);
// process.env read only by the CLI entry; adapters never import the bot, and the core never imports
// an adapter; only src/app opens the database. Each boundary is a no-restricted-imports entry scoped
// to the folders it protects.
import tseslint from 'typescript-eslint';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';

const VENDOR_SDKS = ['ollama', 'ollama/*', 'openai', 'openai/*', '@anthropic-ai/sdk', '@anthropic-ai/sdk/*'];
const PROVIDER_FILES = ['src/router/providers/ollama*.ts', 'src/router/providers/openai.ts', 'src/router/providers/anthropic.ts'];
const CLOUD_PROVIDER_IMPORTS = ['**/providers/openai.ts', '**/providers/anthropic.ts'];

const vendorSdks = { group: VENDOR_SDKS, message: 'Vendor SDKs are imported only in their provider file under src/router/providers.' };
const cloudProviders = { group: CLOUD_PROVIDER_IMPORTS, message: 'Cloud providers are reached only through src/router/cloud-escalation.ts (built in src/app).' };
const openingTheDatabase = { group: ['**/db/client.ts'], allowTypeImports: true, message: 'Only src/app opens the database; receive a TandemDb instead.' };
const theBot = { group: ['**/bot/**', '**/app/**'], message: 'Adapters translate events and render replies: they never import the bot or the composition root.' };
const theAdapters = { group: ['**/adapters/**'], message: 'The core never depends on a platform: the message contract lives in src/core/chat-contract.ts.' };

/** One no-restricted-imports rule per file set (a later block's rule replaces an earlier one). */
const restrict = (...patterns) => ({ '@typescript-eslint/no-restricted-imports': ['error', { patterns }] });

export default tseslint.config(
  { ignores: ['node_modules/**', 'coverage/**', 'data/**', 'dist/**', 'test/lint/fixtures/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js', '.mjs'] })],
      // Without these, no-cycle does not follow imports into other TypeScript files at all.
      'import-x/extensions': ['.ts', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      // The fakes assign the server object after the handler that reads it is created.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  { files: ['src/**/*.ts'], ignores: PROVIDER_FILES, rules: restrict(vendorSdks, cloudProviders, openingTheDatabase, theAdapters) },
  { files: PROVIDER_FILES, rules: restrict(openingTheDatabase, theAdapters) },
  { files: ['src/router/cloud-escalation.ts'], rules: restrict(vendorSdks, openingTheDatabase, theAdapters) },
  // The composition root and the command line are where platforms are chosen and started.
  { files: ['src/app/**/*.ts'], rules: restrict(vendorSdks) },
  { files: ['src/cli/**/*.ts'], rules: restrict(vendorSdks, cloudProviders, openingTheDatabase) },
  { files: ['src/adapters/**/*.ts'], rules: restrict(vendorSdks, cloudProviders, openingTheDatabase, theBot) },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/cli/entry.ts'],
    rules: { 'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Configuration is read once by the CLI entry and passed down.' }] },
  },
);
