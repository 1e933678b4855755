/** The options of `tandem route`, as commander parses them: one type for the dry run, `--evaluate` and `--calibrate`. */
export interface RouteOptions {
  json?: boolean;
  jsonl?: boolean;
  channel: string;
  cloud?: boolean;
  local?: boolean;
  calibrate?: boolean;
  targetCloudShare: string;
  evaluate?: string;
  tier?: string;
  split?: string;
}
