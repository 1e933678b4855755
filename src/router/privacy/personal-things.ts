/**
 * What only a person has, after a possessive: kin ("Aroha's girls", "Leila's grandma"), belongings
 * ("Saffron's mobile", "Nakato's home IP", "Kofi's charger") and the days of a working life ("Ana's
 * last day", "Raj's farewell"). Firms and products own accounts, teams and code too ("Stripe's API",
 * "the customer's account"), so those are not here; each caller adds what its position allows.
 * One list for every pass that reads a possessive, so that a word learned here counts everywhere.
 */
export const PERSONAL_THINGS = String.raw`(?:laptop|desk|headphones|charger|car|bike|mobile|cell|phone|ringtone|passport|visa|flight|home(?!\s*(?:page|screen|dir|directory|folder|region|base|button|feed))|house|flat|apartment|birthday|wedding|farewell|leaving\s+do|last\s+day|first\s+day|handover|wife|husband|partner|fianc[ée]e?|boyfriend|girlfriend|kids?|girls|boys|twins|son|daughter|baby|mom|mum|dad|mother|father|parents|sister|brother|grandma|grandmother|grandpa|grandfather|aunt|uncle|cousin|cat|dog|puppy)`;
