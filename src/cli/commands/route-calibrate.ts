/** `tandem route --calibrate`: the budget dial — suggest routing.difficultyThreshold for a target cloud share. */
import { calibrateThreshold } from '../../router/calibrate.ts';
import { UsageError } from '../../errors.ts';
import { writeLine, type CliIo } from '../io.ts';
import { loadCliConfig, type GlobalOptions } from '../runtime.ts';
import type { RouteOptions } from './route.ts';

export function runCalibrate(io: CliIo, globals: GlobalOptions, texts: string[], options: RouteOptions): void {
  const target = Number(options.targetCloudShare);
  if (!Number.isFinite(target) || target < 0 || target > 1) throw new UsageError(`--target-cloud-share must be a number from 0 to 1, not "${options.targetCloudShare}"`);
  const { config } = loadCliConfig(io, globals);
  const result = calibrateThreshold(texts, target, config.routing.difficultyThreshold);
  if (options.json) {
    writeLine(io.stdout, JSON.stringify(result));
    return;
  }
  const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
  writeLine(io.stdout, [
    `${result.messages} messages. To escalate at most ${percent(target)} on difficulty, set routing.difficultyThreshold: ${result.threshold.toFixed(2)} (${percent(result.cloudShareAtThreshold)} of these messages).`,
    `The current threshold ${config.routing.difficultyThreshold.toFixed(2)} would escalate ${percent(result.cloudShareAtCurrent)}.`,
    `Request kinds seen: ${result.kinds.map((entry) => `${entry.kind} ${percent(entry.share)}`).join(', ') || 'none'}.`,
  ].join('\n'));
}
