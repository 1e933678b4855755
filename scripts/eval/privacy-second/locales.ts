/**
 * The faker locales the second set draws from. Message locales give names, e-mails and phone shapes;
 * native-script locales give the names pasted into English messages; address countries are the
 * postcode shapes a guard should know (US, UK, DE, FR, CA, IN, AU).
 */
import * as fakers from '@faker-js/faker';
import type { Faker } from '@faker-js/faker';

export const MESSAGE_LOCALES: Readonly<Record<string, Faker>> = {
  en_US: fakers.fakerEN_US,
  en_GB: fakers.fakerEN_GB,
  en_IN: fakers.fakerEN_IN,
  en_IE: fakers.fakerEN_IE,
  en_ZA: fakers.fakerEN_ZA,
  de: fakers.fakerDE,
  de_CH: fakers.fakerDE_CH,
  fr: fakers.fakerFR,
  es: fakers.fakerES,
  es_MX: fakers.fakerES_MX,
  it: fakers.fakerIT,
  pt_BR: fakers.fakerPT_BR,
  pt_PT: fakers.fakerPT_PT,
  nl: fakers.fakerNL,
  pl: fakers.fakerPL,
  sv: fakers.fakerSV,
  nb_NO: fakers.fakerNB_NO,
  da: fakers.fakerDA,
  fi: fakers.fakerFI,
  cs_CZ: fakers.fakerCS_CZ,
  hu: fakers.fakerHU,
  tr: fakers.fakerTR,
  vi: fakers.fakerVI,
  id_ID: fakers.fakerID_ID,
  yo_NG: fakers.fakerYO_NG,
  hr: fakers.fakerHR,
};

/** Non-Latin scripts: Japanese, Korean, Chinese, Cyrillic, Arabic, Hebrew, Greek, Persian, Thai, Devanagari, Georgian, Armenian. */
export const NATIVE_LOCALES: Readonly<Record<string, Faker>> = {
  ja: fakers.fakerJA,
  ko: fakers.fakerKO,
  zh_CN: fakers.fakerZH_CN,
  zh_TW: fakers.fakerZH_TW,
  ru: fakers.fakerRU,
  uk: fakers.fakerUK,
  mk: fakers.fakerMK,
  ar: fakers.fakerAR,
  he: fakers.fakerHE,
  el: fakers.fakerEL,
  fa: fakers.fakerFA,
  th: fakers.fakerTH,
  ne: fakers.fakerNE,
  ka_GE: fakers.fakerKA_GE,
  hy: fakers.fakerHY,
};

export type AddressCountry = 'US' | 'GB' | 'DE' | 'FR' | 'CA' | 'IN' | 'AU';

export const ADDRESS_LOCALES: Readonly<Record<AddressCountry, Faker>> = {
  US: fakers.fakerEN_US,
  GB: fakers.fakerEN_GB,
  DE: fakers.fakerDE,
  FR: fakers.fakerFR,
  CA: fakers.fakerEN_CA,
  IN: fakers.fakerEN_IN,
  AU: fakers.fakerEN_AU,
};
