import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

/** What classifyAddress calls an address anyone on the internet can reach. */
export const PUBLIC = 'unicast';

const parseRange = (cidr: string): [ipaddr.IPv6, number] => ipaddr.IPv6.parseCIDR(cidr);

/**
 * IPv6 ranges whose addresses carry an IPv4 address, the one the packets end up at: such an address
 * is as public as the IPv4 address inside it. `at` is the first of the two 16-bit groups that hold it.
 */
const CARRIERS: readonly { range: [ipaddr.IPv6, number]; at: number }[] = [
  { range: parseRange('::ffff:0:0/96'), at: 6 }, // IPv4-mapped (RFC 4291)
  { range: parseRange('::ffff:0:0:0/96'), at: 6 }, // IPv4-translated (RFC 6145)
  { range: parseRange('64:ff9b::/96'), at: 6 }, // NAT64 well-known prefix (RFC 6052)
  { range: parseRange('2002::/16'), at: 1 }, // 6to4: the IPv4 address of the site's router (RFC 3056)
  // IPv4-compatible, deprecated by RFC 4291 §2.5.5.1; ipaddr.js calls these plain unicast.
  { range: parseRange('::/96'), at: 6 },
];

// Only 2000::/3 is handed out as global unicast (RFC 4291 §2.4); ipaddr.js calls the rest of the
// unassigned space (4000::1, 100:0:0:1::1) unicast too.
const GLOBAL_UNICAST = parseRange('2000::/3');

/**
 * Names the range an IP address is in, as ipaddr.js does ('loopback', 'private', 'linkLocal',
 * 'uniqueLocal', 'reserved', 'teredo' …), or `PUBLIC` ('unicast') for an ordinary internet
 * address. An IPv6 address that carries an IPv4 address (`::ffff:127.0.0.1`, `64:ff9b::a00:1`,
 * `2002:c0a8:101::1`) is classified by the IPv4 address it carries. Anything that is not an IP
 * address in the strict form Node connects to is 'invalid'.
 *
 * Ranges that carry an IPv4 address we cannot find are not public: Teredo (2001::/32, whose client
 * address is hidden behind a relay and a NAT) and the local-use NAT64 prefix 64:ff9b:1::/48, where
 * the operator chooses where the IPv4 address sits.
 */
export function classifyAddress(address: string): string {
  const bare = address.replace(/^\[|\]$/g, '');
  // Node's isIP is strict: to it '127.1' is a host name, which it would look up, not connect to.
  if (isIP(bare) === 0) return 'invalid';
  const parsed = ipaddr.parse(bare);
  if (parsed instanceof ipaddr.IPv4) return parsed.range();
  const range = parsed.range();
  // :: and ::1 lie inside the IPv4-compatible ::/96 but mean themselves.
  if (range === 'unspecified' || range === 'loopback') return range;
  const carrier = CARRIERS.find((candidate) => parsed.match(candidate.range));
  if (carrier) {
    const [high = 0, low = 0] = parsed.parts.slice(carrier.at, carrier.at + 2);
    return new ipaddr.IPv4([high >> 8, high & 0xff, low >> 8, low & 0xff]).range();
  }
  if (range === PUBLIC && !parsed.match(GLOBAL_UNICAST)) return 'reserved';
  return range;
}
