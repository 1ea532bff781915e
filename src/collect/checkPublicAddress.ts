import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { classifyAddress, PUBLIC } from './classifyAddress.js';
import { FetchFailure } from './fetchFailure.js';

/**
 * True for any address a link found inside a feed must not make us fetch: this machine, the local
 * network, link-local (cloud metadata at 169.254.169.254), carrier-grade NAT, multicast, "this
 * network", documentation and benchmarking ranges, and IPv6 forms that carry one of those
 * (`::ffff:127.0.0.1`, `::7f00:1`, `64:ff9b::a00:1`, `2002:a00:1::`). Only ordinary internet
 * addresses are false: special ranges that are reachable but serve no web pages (AS112, AMT) count
 * as private too.
 */
export function isPrivateAddress(address: string): boolean {
  return classifyAddress(address) !== PUBLIC;
}

export type HostLookup = (hostname: string) => Promise<string[]>;

const systemLookup: HostLookup = async (hostname) => (await lookup(hostname, { all: true, verbatim: true })).map((entry) => entry.address);

/**
 * Refuses (with a FetchFailure) an http(s) address whose host is, or resolves to, a private or
 * local address: a feed must not be able to make the briefing read the router's admin page or a
 * cloud metadata endpoint (SSRF). Every address the name resolves to is checked, not just the first.
 *
 * Known limits: the name is resolved again when the request connects, so a DNS server that answers
 * differently the second time (DNS rebinding) is not caught here; nor is a private IPv4 address
 * behind a network's own NAT64 prefix, which only that network knows (64:ff9b::/96 is caught).
 */
export async function checkPublicAddress(url: string, resolve: HostLookup = systemLookup): Promise<void> {
  const { hostname } = new URL(url);
  const host = hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  if (isIP(host) !== 0) addresses = [host];
  else {
    try {
      addresses = await resolve(host);
    } catch (error) {
      throw new FetchFailure(`host not found: ${host}`, { cause: error });
    }
  }
  const blocked = addresses.find(isPrivateAddress);
  if (blocked !== undefined) {
    throw new FetchFailure(`refused: ${host === blocked ? host : `${host} (${blocked})`} is a private or local address, and allowPrivate is off`);
  }
}
