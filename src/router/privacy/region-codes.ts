/** The runtime's own list of region names, built on first use: which two-letter codes are countries or territories. */
let regionNames: Intl.DisplayNames | undefined;

/** Whether a two-letter code names a region ISO 3166 knows ("KE", "gb", "us"); "UK" and "EU" are not in it. */
export function isRegionCode(code: string): boolean {
  regionNames ??= new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  return regionNames.of(code.toUpperCase()) !== undefined;
}
