import { isIPv6 } from 'node:net';
import { textAfter, textBefore } from './text-scan.ts';
import type { Candidate } from './types.ts';
import { matchesOf } from './regex-matches.ts';

const IPV4 = /(?<![\w.-])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\w-]|\.\d)/g;
/** Candidate IPv6: hex, colons and an optional dotted IPv4 tail, containing at least two colons. */
const IPV6 = /(?<![\w:.])(?=[0-9A-Fa-f]{0,4}:[0-9A-Fa-f]{0,4}:)[0-9A-Fa-f:]{2,39}(?:\d{1,3}(?:\.\d{1,3}){3})?(?![\w:])/g;
const VERSION_WORDS = /(?:\bv|version|ver\.?|release|rel\.?|build|tag|(?:upgrad|bump|migrat|updat|roll(?:ed|ing)? (?:back|out))\w* to|==|>=|<=|~|\^)\s*$/;
const VERSION_AFTER = /^\s*(?:upgrade|rollout|release|build|trial|update|patch|hotfix|migration|is out|ships)/;
const ADDRESS_WORDS = /(?:\bip|host|server|addr|address|ping|ssh|dns|resolver|gateway|subnet|@|\/\/|from|to)\W*$/;
/**
 * Loopback, unspecified, broadcast/netmask and link-local (169.254/16: self-assigned, and every cloud's
 * metadata endpoint 169.254.169.254) values say nothing about anyone. Not the documentation ranges of RFC
 * 5737: people use them for the real address they do not want to paste, and mean it.
 */
const NON_IDENTIFYING_V4 = /^(?:127\.|0\.|255\.|169\.254\.)/;

export function detectIpAddresses(text: string): Candidate[] {
  return [...detectIpv4(text), ...detectIpv6(text)];
}

function detectIpv4(text: string): Candidate[] {
  if (!text.includes('.')) return [];
  const found: Candidate[] = [];
  for (const match of matchesOf(IPV4, text)) {
    const octets = match.slice(1, 5);
    if (!octets.every(isOctet) || NON_IDENTIFYING_V4.test(match[0])) continue;
    if (looksLikeVersion(text, match.index, match.index + match[0].length, octets) || isNetworkBlock(text, match.index + match[0].length, octets)) continue;
    found.push({ type: 'IP_ADDRESS', start: match.index, end: match.index + match[0].length, value: match[0] });
  }
  return found;
}

/**
 * `v10.0.0.1`, `version 1.2.3.4`, `the 4.1.8.9 upgrade`. Four single-digit parts are a version unless an
 * address word is near: hosts people mention are not 1.2.3.4, and public resolvers (8.8.8.8) identify nobody.
 */
function looksLikeVersion(text: string, start: number, end: number, octets: readonly (string | undefined)[]): boolean {
  const before = textBefore(text, start, 24);
  if (VERSION_WORDS.test(before) || VERSION_AFTER.test(textAfter(text, end, 24))) return true;
  return octets.every((octet) => octet !== undefined && octet.length === 1) && !ADDRESS_WORDS.test(before);
}

const PREFIX_AFTER = /^\/(\d{1,2})(?!\d)/;

/** The private ranges of RFC 1918: 10/8, 172.16/12, 192.168/16. */
const PRIVATE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x0a000000, 8],
  [0xac100000, 12],
  [0xc0a80000, 16],
];

/**
 * "10.20.0.0/16", "172.31.0.0/20": a private network block in CIDR notation, every host bit zero, is a
 * range an operator plans a VPC with, no one machine and no one person. A public block ("block
 * 203.0.113.0/24") may be someone's network and still counts, as does a host written with its mask
 * ("10.20.3.7/16").
 */
function isNetworkBlock(text: string, end: number, octets: readonly (string | undefined)[]): boolean {
  const prefix = PREFIX_AFTER.exec(text.slice(end, end + 4))?.[1];
  if (prefix === undefined || Number(prefix) >= 32) return false;
  const address = octets.reduce((value, octet) => value * 256 + Number(octet), 0);
  if (!PRIVATE_RANGES.some(([network, bits]) => Math.floor(address / 2 ** (32 - bits)) === Math.floor(network / 2 ** (32 - bits)))) return false;
  const hostBits = 32 - Number(prefix);
  return address % 2 ** hostBits === 0;
}

function isOctet(octet: string | undefined): boolean {
  if (octet === undefined || (octet.length > 1 && octet.startsWith('0'))) return false;
  return Number(octet) <= 255;
}

/** What IPV6's look-ahead requires somewhere: two colons with at most four hex digits between. */
const TWO_COLONS = /:[0-9A-Fa-f]{0,4}:/;

function detectIpv6(text: string): Candidate[] {
  // The candidate pattern opens with a look-behind, so it is tried at every character; most messages have no such pair of colons.
  if (!TWO_COLONS.test(text)) return [];
  const found: Candidate[] = [];
  for (const match of matchesOf(IPV6, text)) {
    const value = match[0];
    // `dead::beef`-like words and the loopback/unspecified forms are not worth masking.
    if (!/\d/.test(value) || value === '::1' || value === '::' || !isIPv6(value)) continue;
    found.push({ type: 'IP_ADDRESS', start: match.index, end: match.index + value.length, value, identity: value.toLowerCase() });
  }
  return found;
}
