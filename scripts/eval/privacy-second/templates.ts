/**
 * Chat templates for the second privacy evaluation set, written before any detector was read, in the
 * words people type in Slack: lower case, typos, slang, emoji and pasted material.
 *
 * Slots: {full} {first} {last} {native} {hyphenated} {apostrophe} — person names (a `:lower` or
 * `:upper` suffix changes the case); {address} {postcode}; {phone} {phone_intl} {phone_dotted}
 * {phone_spaced} {phone_ext}; {email}; {card}; {iban}; {ssn}; {ip}; {dob}; {passport} {licence}
 * {national_id}. Unlabelled fillers: {company} {amount} {ticket}.
 * The split is by position: every third template (index 2, 5, 8, …) is held back.
 */
export type TemplateFamily = 'names' | 'other-script-names' | 'contact' | 'payment' | 'identity' | 'addresses' | 'birth-dates' | 'network' | 'pasted';

export interface Template {
  family: TemplateFamily;
  text: string;
}

const t = (family: TemplateFamily, text: string): Template => ({ family, text });

export const TEMPLATES: readonly Template[] = [
  t('names', 'hey can someone loop in {full} on the billing thread? they own the invoices now'),
  t('names', 'lol {first} just pushed to main again 🙃'),
  t('names', 'fyi mr {last} from legal wants the contract redlines by friday'),
  t('names', 'cc: {full}, {full} and {full}'),
  t('names', 'talked to {full:lower} yesterday, she said the migration is blocked on infra'),
  t('names', 'URGENT: {full:upper} IS LOCKED OUT OF HER ACCOUNT PLS HELP'),
  t('names', 'dr {last} signed off on the study protocol, can we ship the consent form?'),
  t('names', 'pinging {hyphenated} about the q3 numbers, no reply yet'),
  t('names', 'who approved {apostrophe}\'s expense claim?? it was like 4k'),
  t('names', 'thx {first}!! owe u a coffee ☕'),
  t('names', 'ms {last} called again re: the refund, can somebody call her back'),
  t('names', 'attendees: {full}, {full}, {first} (late), {full}'),
  t('names', 'i think {first:lower} knows, ask him'),
  t('names', 'onboarding buddy for {full} will be {full}, pls set up their laptops'),
  t('names', 'reassigning ENG-4412 from {full} to {first} since hes on leave'),
  t('names', 'apparently {full} is leaving end of month, dont tell anyone yet 🤫'),
  t('other-script-names', 'can u check the visa letter for {native}? the embassy needs it by tues'),
  t('other-script-names', 'new hire in the tokyo office: {native} — starts monday'),
  t('other-script-names', 'the customer signed as {native}, does that match the account holder?'),
  t('other-script-names', 'forwarding from {native}: "pls cancel my subscription"'),
  t('other-script-names', 'spelling check — is it {native} or did hr typo it again'),
  t('contact', 'my cell is {phone} if the pager dies'),
  t('contact', 'call the customer back on {phone_intl}, she prefers mornings'),
  t('contact', 'pls update the vendor sheet, new number {phone_dotted}'),
  t('contact', 'reach me at {phone_spaced} or {email}'),
  t('contact', 'support line moved to {phone_ext}'),
  t('contact', 'can u email {email} the onboarding pack'),
  t('contact', 'bounced: {email} (mailbox full)'),
  t('contact', 'his personal email is {email} but dont use it for work stuff'),
  t('contact', 'customer wrote in from {email} and also left {phone} on the form'),
  t('payment', 'refund goes back to card {card}, exp 09/28'),
  t('payment', 'customer read me their card number over the phone: {card} is that safe to store lol'),
  t('payment', 'wire the deposit to {iban} pls, ref {ticket}'),
  t('payment', 'iban for the contractor payout: {iban}'),
  t('payment', 'payment failed for {card} — declined by issuer, amount {amount}'),
  t('identity', 'need ur ssn for the w-9, is {ssn} still right?'),
  t('identity', 'her passport no. is {passport}, expires next spring'),
  t('identity', 'scanned the driving licence: {licence}'),
  t('identity', 'national id {national_id} — verified against the upload ✅'),
  t('identity', 'kyc failed: id number {national_id} did not match the name on file'),
  t('identity', 'ssn {ssn} showing up in the logs again 😬 who turned debug on'),
  t('identity', 'for the visa form: passport {passport}, licence {licence}'),
  t('addresses', 'ship the replacement monitor to {address} pls'),
  t('addresses', 'new billing address: {address}'),
  t('addresses', 'courier couldnt find {address}, can u double check w the customer'),
  t('addresses', 'the parcel went to the old place, correct one is {address}'),
  t('addresses', 'postcode is {postcode} if the form asks'),
  t('addresses', 'sending the swag box to my place, {address} 🎁'),
  t('birth-dates', 'her dob is {dob}, the form keeps rejecting it'),
  t('birth-dates', 'born {dob} — so hes under the age limit?'),
  t('birth-dates', 'customer verification: date of birth {dob}, last 4 of card matched'),
  t('birth-dates', 'date of birth: {dob}\nplace of birth: same as passport'),
  t('network', 'the login came from {ip}, not the usual range'),
  t('network', 'block {ip} at the firewall pls, its hammering /login'),
  t('network', 'her home ip is {ip}, can we allowlist it for the vpn'),
  t('pasted', 'id,name,email,phone\n1042,{full},{email},{phone}'),
  t('pasted', '--\n{full}\nSenior Account Manager | {company}\nm: {phone_intl}\ne: {email}'),
  t('pasted', '2026-11-30T08:14:02Z WARN auth failed user={email} src={ip} attempts=5'),
  t('pasted', '{"customer":{"name":"{full}","email":"{email}","dob":"{dob}"}}'),
  t('pasted', '---------- Forwarded message ---------\nFrom: {full} <{email}>\nDate: Mon, 30 Nov 2026 at 09:12\nSubject: Re: invoice'),
  t('pasted', 'meeting notes 12/1\nattendees: {full}, {full}, {full}\n- action: {first} to send the deck'),
  t('pasted', 'ticket #{ticket}\nreporter: {full}\ncontact: {phone}\naddress: {address}\n"my order never arrived"'),
  t('pasted', 'name: {full:upper}\ndob: {dob}\npassport: {passport}'),
  t('pasted', 'thanks,\n{first}\n\n{full} | {company}\n{address}\ntel {phone_spaced}'),
  t('pasted', 'ERROR payment_declined card={card} holder="{full}" amount={amount}'),
  t('pasted', '{"iban":"{iban}","account_holder":"{full}","ssn":"{ssn}"}'),
];
