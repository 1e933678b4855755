// Preloaded into a `tandem` process by tests (node --import): at exit, writes the packages the
// process loaded — through import (an ESM resolve hook) or require — one name a line, to the file
// named by TANDEM_TEST_LOADED_PACKAGES. Nothing else in the process changes.
import { appendFileSync, writeFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';

const file = process.env.TANDEM_TEST_LOADED_PACKAGES;
if (file) {
  writeFileSync(file, '');
  register(new URL('./loaded-packages-hook.mjs', import.meta.url), { data: { file } });
  process.on('exit', () => {
    const required = Object.keys(createRequire(import.meta.url).cache);
    appendFileSync(file, required.map((path) => `${path}\n`).join(''));
  });
}
