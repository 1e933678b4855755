/**
 * Teams addressed and listed like people ("ask Finance", "cc: priya, legal"): the names list holds these
 * words too, so a rule that accepts a listed word as a name must leave them out.
 */
const DEPARTMENTS: ReadonlySet<string> = new Set(
  'finance legal sales security support marketing design product ops hr it engineering procurement accounts billing payroll facilities admin research data platform infra'.split(' '),
);

export function isDepartmentWord(lower: string): boolean {
  return DEPARTMENTS.has(lower);
}
