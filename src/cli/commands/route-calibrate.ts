/** `tandem route --calibrate`: the budget dial — suggest routing.difficultyThreshold for a target cloud share, pulled down by recorded presses. */
import { existsSync } from 'node:fs';
import { openLedger } from '../../app/ledger-access.ts';
import { calibrateThreshold, withPressLabels, type Calibration, type PressLabel } from '../../router/calibrate.ts';
import { StrongerModelLog } from '../../spend/stronger-model-log.ts';
import { UsageError } from '../../errors.ts';
import { writeLine, type CliIo } from '../io.ts';
import { loadCliConfig, type GlobalOptions } from '../runtime.ts';
import type { RouteOptions } from './route-options.ts';

export function runCalibrate(io: CliIo, globals: GlobalOptions, texts: string[], options: RouteOptions): void {
  const target = Number(options.targetCloudShare);
  if (!Number.isFinite(target) || target < 0 || target > 1) throw new UsageError(`--target-cloud-share must be a number from 0 to 1, not "${options.targetCloudShare}"`);
  const { config } = loadCliConfig(io, globals);
  const traffic = calibrateThreshold(texts, target, config.routing.difficultyThreshold);
  const result = withPressLabels(traffic, readPressLabels(config), config.routing.difficultyThreshold);
  if (options.json) {
    writeLine(io.stdout, JSON.stringify(result));
    return;
  }
  const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
  writeLine(io.stdout, [
    `${result.messages} messages. To escalate at most ${percent(target)} on difficulty, set routing.difficultyThreshold: ${result.threshold.toFixed(2)} (${percent(result.cloudShareAtThreshold)} of these messages).`,
    `The current threshold ${config.routing.difficultyThreshold.toFixed(2)} would escalate ${percent(result.cloudShareAtCurrent)}.`,
    `Request kinds seen: ${result.kinds.map((entry) => `${entry.kind} ${percent(entry.share)}`).join(', ') || 'none'}.`,
    pressLine(result, config.routing.difficultyThreshold, percent),
  ].join('\n'));
}

function pressLine(result: Calibration, current: number, percent: (share: number) => string): string {
  const pressed = result.pressed;
  if (!pressed) return 'No "Ask a stronger model" presses recorded yet.';
  return `${pressed.presses} "Ask a stronger model" presses (each: should have escalated): ${percent(pressed.escalatedAtThreshold)} would escalate at ${result.threshold.toFixed(2)}, ${percent(pressed.escalatedAtCurrent)} at the current ${current.toFixed(2)}; escalating 90% of them needs ${pressed.thresholdForPresses.toFixed(2)} or lower.`;
}

/** Presses recorded by a running tandem; none when the database does not exist yet. */
function readPressLabels(config: Parameters<typeof openLedger>[0]): PressLabel[] {
  const path = config.database.path;
  if (path !== ':memory:' && !existsSync(path)) return [];
  const database = openLedger(config);
  try {
    return new StrongerModelLog(database.db, () => new Date()).labels();
  } finally {
    database.close();
  }
}
