import { describe, expect, it } from 'vitest';
import { classifyAddress, PUBLIC } from '../../src/collect/classifyAddress.js';
import { isPrivateAddress } from '../../src/collect/checkPublicAddress.js';

interface Range {
  range: string;
  /** Addresses in the range, each with the class it must get (the carried IPv4 address's, for the IPv6 forms that carry one). */
  refused: [address: string, classifiedAs: string][];
  /** Ordinary internet addresses just outside the range, or carrying a public IPv4 address. */
  allowed: string[];
}

// Issue 26: every special range of the IANA IPv4 and IPv6 special-purpose registries a feed could
// point a link at, and each IPv6 form that smuggles an IPv4 address in.
const IPV4: Range[] = [
  { range: '0.0.0.0/8 "this network"', refused: [['0.0.0.0', 'unspecified'], ['0.255.255.255', 'unspecified']], allowed: ['1.0.0.1'] },
  { range: '10.0.0.0/8 private', refused: [['10.0.0.1', 'private'], ['10.255.255.255', 'private']], allowed: ['9.255.255.255', '11.0.0.1'] },
  { range: '100.64.0.0/10 carrier-grade NAT', refused: [['100.64.0.1', 'carrierGradeNat'], ['100.127.255.254', 'carrierGradeNat']], allowed: ['100.63.255.255', '100.128.0.1'] },
  { range: '127.0.0.0/8 loopback', refused: [['127.0.0.1', 'loopback'], ['127.8.9.10', 'loopback'], ['127.255.255.255', 'loopback']], allowed: ['126.255.255.255', '128.0.0.1'] },
  { range: '169.254.0.0/16 link-local', refused: [['169.254.169.254', 'linkLocal'], ['169.254.0.1', 'linkLocal']], allowed: ['169.253.255.255', '169.255.0.1'] },
  { range: '172.16.0.0/12 private', refused: [['172.16.0.1', 'private'], ['172.31.255.255', 'private']], allowed: ['172.15.255.255', '172.32.0.1'] },
  { range: '192.0.0.0/24 IETF protocol assignments', refused: [['192.0.0.1', 'reserved'], ['192.0.0.170', 'reserved']], allowed: ['191.255.255.255', '192.0.1.1'] },
  { range: '192.0.2.0/24 documentation', refused: [['192.0.2.1', 'reserved']], allowed: ['192.0.3.1'] },
  { range: '192.31.196.0/24 and 192.175.48.0/24 AS112', refused: [['192.31.196.1', 'as112'], ['192.175.48.6', 'as112']], allowed: ['192.31.197.1', '192.175.49.1'] },
  { range: '192.52.193.0/24 AMT', refused: [['192.52.193.1', 'amt']], allowed: ['192.52.194.1'] },
  { range: '192.88.99.0/24 6to4 relay', refused: [['192.88.99.1', 'reserved']], allowed: ['192.88.98.1'] },
  { range: '192.168.0.0/16 private', refused: [['192.168.1.1', 'private'], ['192.168.255.255', 'private']], allowed: ['192.167.255.255', '192.169.0.1'] },
  { range: '198.18.0.0/15 benchmarking', refused: [['198.18.0.1', 'reserved'], ['198.19.255.254', 'reserved']], allowed: ['198.17.255.255', '198.20.0.1'] },
  { range: '198.51.100.0/24 documentation', refused: [['198.51.100.7', 'reserved']], allowed: ['198.51.99.1', '198.51.101.1'] },
  { range: '203.0.113.0/24 documentation', refused: [['203.0.113.9', 'reserved']], allowed: ['203.0.112.1', '203.0.114.1'] },
  { range: '224.0.0.0/4 multicast', refused: [['224.0.0.1', 'multicast'], ['239.255.255.250', 'multicast']], allowed: ['223.255.255.254'] },
  { range: '240.0.0.0/4 reserved', refused: [['240.0.0.1', 'reserved'], ['255.255.255.254', 'reserved']], allowed: [] },
  { range: '255.255.255.255 broadcast', refused: [['255.255.255.255', 'broadcast']], allowed: [] },
];

const IPV6: Range[] = [
  { range: ':: unspecified', refused: [['::', 'unspecified'], ['[::]', 'unspecified'], ['0:0:0:0:0:0:0:0', 'unspecified']], allowed: [] },
  { range: '::1 loopback', refused: [['::1', 'loopback'], ['[::1]', 'loopback'], ['0:0:0:0:0:0:0:1', 'loopback']], allowed: [] },
  {
    range: '::ffff:0:0/96 IPv4-mapped',
    refused: [
      ['::ffff:127.0.0.1', 'loopback'],
      ['::ffff:7f00:1', 'loopback'],
      ['::FFFF:7F00:0001', 'loopback'],
      ['0:0:0:0:0:ffff:127.0.0.1', 'loopback'],
      ['0000:0000:0000:0000:0000:ffff:7f00:0001', 'loopback'],
      ['[::ffff:127.0.0.1]', 'loopback'],
      ['::ffff:10.0.0.1', 'private'],
      ['::ffff:a9fe:a9fe', 'linkLocal'],
      ['::ffff:198.18.0.1', 'reserved'],
      ['::ffff:0.0.0.0', 'unspecified'],
    ],
    allowed: ['::ffff:8.8.8.8', '::ffff:808:808'],
  },
  { range: '::ffff:0:0:0/96 IPv4-translated', refused: [['::ffff:0:7f00:1', 'loopback'], ['::ffff:0:10.0.0.1', 'private']], allowed: ['::ffff:0:808:808'] },
  {
    range: '::/96 IPv4-compatible',
    refused: [['::7f00:1', 'loopback'], ['::127.0.0.1', 'loopback'], ['::a00:1', 'private'], ['::a9fe:a9fe', 'linkLocal'], ['::c612:1', 'reserved']],
    allowed: ['::808:808', '::1.1.1.1'],
  },
  {
    range: '64:ff9b::/96 NAT64',
    refused: [['64:ff9b::7f00:1', 'loopback'], ['64:ff9b::127.0.0.1', 'loopback'], ['64:ff9b::a9fe:a9fe', 'linkLocal'], ['64:ff9b::c0a8:101', 'private'], ['64:ff9b::6440:1', 'carrierGradeNat']],
    allowed: ['64:ff9b::808:808', '64:ff9b::1.1.1.1'],
  },
  { range: '64:ff9b:1::/48 local-use NAT64', refused: [['64:ff9b:1::808:808', 'rfc6052'], ['64:ff9b:1:ffff::1', 'rfc6052']], allowed: [] },
  {
    range: '2002::/16 6to4',
    refused: [['2002:7f00:1::', 'loopback'], ['2002:7f00:1::1', 'loopback'], ['2002:a00:1::1', 'private'], ['2002:c0a8:101::1', 'private'], ['2002:a9fe:a9fe::1', 'linkLocal'], ['2002:6440::1', 'carrierGradeNat']],
    allowed: ['2002:808:808::1', '2003::1'],
  },
  { range: '2001::/32 Teredo', refused: [['2001:0:4136:e378:8000:63bf:3fff:fdd2', 'teredo'], ['2001::1', 'teredo']], allowed: [] },
  { range: '2001::/23 IETF protocol assignments', refused: [['2001:1::1', 'reserved'], ['2001:2::1', 'benchmarking'], ['2001:1ff::1', 'reserved']], allowed: ['2001:200::1'] },
  { range: '2001:db8::/32 documentation', refused: [['2001:db8::1', 'reserved'], ['2001:db8:ffff::1', 'reserved']], allowed: ['2001:db9::1'] },
  { range: '3fff::/20 documentation', refused: [['3fff::1', 'reserved']], allowed: ['3fff:1000::1'] },
  { range: '100::/64 discard', refused: [['100::1', 'discard']], allowed: [] },
  { range: '5f00::/16 segment routing', refused: [['5f00::1', 'segmentRouting']], allowed: [] },
  { range: 'fc00::/7 unique local', refused: [['fc00::1', 'uniqueLocal'], ['fd12:3456::1', 'uniqueLocal'], ['fdff:ffff::1', 'uniqueLocal']], allowed: [] },
  { range: 'fe80::/10 link-local', refused: [['fe80::1', 'linkLocal'], ['fe80::1%eth0', 'linkLocal'], ['febf::1', 'linkLocal']], allowed: [] },
  { range: 'fec0::/10 site-local', refused: [['fec0::1', 'deprecatedSiteLocal'], ['feff::1', 'deprecatedSiteLocal']], allowed: [] },
  { range: 'ff00::/8 multicast', refused: [['ff02::1', 'multicast'], ['ff05::1:3', 'multicast'], ['ff0e::101', 'multicast']], allowed: [] },
  { range: 'outside 2000::/3, not handed out', refused: [['4000::1', 'reserved'], ['1::1', 'reserved'], ['e000::1', 'reserved'], ['100:0:0:1::1', 'reserved']], allowed: ['2000::1', '3ffe::1'] },
];

const refused = [...IPV4, ...IPV6].flatMap(({ range, refused: rows }) => rows.map(([address, classifiedAs]) => [address, range, classifiedAs] as const));
const allowed = [...IPV4, ...IPV6].flatMap(({ range, allowed: rows }) => rows.map((address) => [address, range] as const));

describe('classifyAddress', () => {
  it.each(refused)('refuses %s (%s) as %s', (address, _range, classifiedAs) => {
    expect(classifyAddress(address)).toBe(classifiedAs);
    expect(isPrivateAddress(address)).toBe(true);
  });

  it.each(allowed)('lets %s through (next to %s)', (address) => {
    expect(classifyAddress(address)).toBe(PUBLIC);
    expect(isPrivateAddress(address)).toBe(false);
  });

  it.each(['93.184.216.34', '8.8.8.8', '1.1.1.1', '2606:4700::1111', '[2a00:1450:4001:81b::200e]'])('lets the ordinary internet address %s through', (address) => {
    expect(isPrivateAddress(address)).toBe(false);
  });

  it.each(['localhost', '127.1', '0x7f.0.0.1', '2130706433', '::ffff:127.0.0.1:80', ''])('calls %j invalid, and so refuses it: Node would look it up as a name', (address) => {
    expect(classifyAddress(address)).toBe('invalid');
    expect(isPrivateAddress(address)).toBe(true);
  });
});
