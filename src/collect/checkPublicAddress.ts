import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { FetchFailure } from './fetchFailure.js';

// Addresses a link found inside a feed must not make us fetch: this machine, the local network,
// link-local (cloud metadata at 169.254.169.254), carrier-grade NAT, multicast, "this network".
const PRIVATE = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.168.0.0', 16], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) PRIVATE.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8]] as const) PRIVATE.addSubnet(network, prefix, 'ipv6');

/** True for a loopback, private, link-local, CGNAT, multicast or unspecified IPv4/IPv6 address. */
export function isPrivateAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '');
  // ::ffff:10.0.0.1 is 10.0.0.1.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(bare)?.[1];
  if (mapped !== undefined) return PRIVATE.check(mapped, 'ipv4');
  const family = isIP(bare);
  if (family === 0) return true;
  return PRIVATE.check(bare, family === 4 ? 'ipv4' : 'ipv6');
}

export type HostLookup = (hostname: string) => Promise<string[]>;

const systemLookup: HostLookup = async (hostname) => (await lookup(hostname, { all: true, verbatim: true })).map((entry) => entry.address);

/**
 * Refuses (with a FetchFailure) an http(s) address whose host is, or resolves to, a private or
 * local address: a feed must not be able to make the briefing read the router's admin page or a
 * cloud metadata endpoint (SSRF). Every address the name resolves to is checked, not just the first.
 *
 * Known limit: the name is resolved again when the request connects, so a DNS server that answers
 * differently the second time (DNS rebinding) is not caught here.
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
