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

/**
 * Groups and roles a message is addressed to or speaks of as one ("Dear Tenant", "Hi Team", "Team agreed
 * to ship", "Dear Parent"): the names list holds many of these words too, and a greeting before them is
 * no sign of a person. Singular and plural, English only; a word compromise knows as a first name is
 * not here ("Mason", "Hunter").
 */
const GROUPS_AND_ROLES: ReadonlySet<string> = new Set(
  'team teams all everyone everybody folks colleague colleagues customer customers client clients member members resident residents tenant tenants neighbour neighbours neighbor neighbors guest guests parent parents guardian guardians student students friend friends partner partners applicant applicants candidate candidates user users staff employee employees participant participants attendee attendees shareholder shareholders subscriber subscribers supplier suppliers vendor vendors patient patients passenger passengers traveller travellers visitor visitors sir madam homeowner homeowners landlord landlords owner owners crew crews squad squads board committee panel council cohort intern interns trainee trainees apprentice apprentices contractor contractors temp temps'.split(' '),
);

export function isGroupOrRoleWord(lower: string): boolean {
  return GROUPS_AND_ROLES.has(lower);
}
