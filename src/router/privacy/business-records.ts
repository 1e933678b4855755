/**
 * What a business numbers that is nobody's: orders, tickets, invoices, parts, cases, versions, sessions, meetings. A
 * number after these words ("order number 4481920", "incident id INC0045123") names a record, not a person.
 */
const BUSINESS_RECORDS: ReadonlySet<string> = new Set(
  `order orders invoice invoices ticket tickets po purchase asset serial tracking track reference ref case cases booking
  confirmation reservation pnr flight room table page version build job run request requests incident incidents part parts
  sku model item items batch lot issue issues pr commit project task story bug sprint release quote contract shipment parcel
  delivery waybill container vat company registration vendor supplier transaction transactions session trace correlation
  device machine host process thread message event error exit status line row column claim receipt payment transfer
  product app application build deployment store branch route bus train seat gate platform meeting meetings webinar webinars
  conference bridge reunión reunion reunião sesión sessão`.split(/\s+/),
);

/** `word` in lower case. */
export function isBusinessRecordWord(word: string): boolean {
  return BUSINESS_RECORDS.has(word);
}
