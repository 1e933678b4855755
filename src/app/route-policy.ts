/**
 * The route policy, built and checked once at start from the validated configuration, then passed
 * down: every route decision (ask, summarize, `tandem route`) uses this one object.
 */
import { ConfigError } from '../errors.ts';
import type { TandemConfig } from '../config/schema.ts';
import type { RoutePolicy } from '../router/decide-route.ts';
import { DEFAULT_OUTPUT_RESERVE, outputReserveProblems } from '../router/output-reserve.ts';

export function routePolicyFrom(routing: TandemConfig['routing']): RoutePolicy {
  const policy: RoutePolicy = { ...routing, outputReserve: DEFAULT_OUTPUT_RESERVE };
  const problems = outputReserveProblems(policy.outputReserve);
  if (problems.length > 0) throw new ConfigError(problems.map((allowed) => ({ key: 'routing.outputReserve', value: policy.outputReserve, allowed })));
  return policy;
}
