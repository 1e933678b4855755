/** Runs before every test file (vitest `setupFiles`), so each file's temporary folders go when it ends. */
import { afterAll } from 'vitest';
import { removeTempDirs } from './temp-dirs.ts';

afterAll(removeTempDirs);
