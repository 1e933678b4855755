/**
 * Amounts at the edge. Every figure is US dollars; a configured non-USD currency only changes how
 * the number is written (symbol, separators) — no exchange rate is applied, and the text says so.
 */
export interface MoneyFormat {
  currency: string;
  locale: string;
}

export type MoneyFormatter = (usd: number) => string;

/** A locale the runtime does not know should not cost finance its report: fall back to en-US. */
function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  try {
    return new Intl.NumberFormat(locale, options);
  } catch {
    return new Intl.NumberFormat('en-US', options);
  }
}

export function createMoneyFormatter(format: MoneyFormat): MoneyFormatter {
  const money = numberFormat(format.locale, { style: 'currency', currency: format.currency, minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return (usd) => money.format(usd);
}

export function formatPercent(value: number | null, locale: string): string {
  if (value === null) return 'n/a';
  const digits = Math.abs(value) >= 10 ? 0 : 1;
  return `${numberFormat(locale, { maximumFractionDigits: digits }).format(value)}%`;
}

export function formatCount(value: number, locale: string): string {
  return numberFormat(locale, {}).format(value);
}

/** "September 2026" in the reader's language. */
export function formatMonthName(month: string, locale: string): string {
  const date = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 15));
  return new Intl.DateTimeFormat(numberFormat(locale, {}).resolvedOptions().locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}
