/**
 * Whether one platform message id was posted before another. Slack ts ("1760007006.000100") and
 * Discord snowflakes are numbers written in digits; as JavaScript numbers they lose their last
 * digits, so they are compared as strings: the shorter is the earlier, else the lower.
 */
export function postedBefore(id: string, other: string): boolean {
  return id.length !== other.length ? id.length < other.length : id < other;
}
