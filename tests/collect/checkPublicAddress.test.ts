import { describe, expect, it } from 'vitest';
import { checkPublicAddress, type HostLookup } from '../../src/collect/checkPublicAddress.js';

/** A resolver for addresses that must never need one. */
const noLookup: HostLookup = (hostname) => Promise.reject(new Error(`looked up ${hostname}`));

describe('checkPublicAddress', () => {
  // Issue 26: the WHATWG URL parser rewrites these to a canonical form; each must still be refused.
  it.each([
    ['http://[::ffff:127.0.0.1]/feed', '::ffff:7f00:1'],
    ['http://[::FFFF:7F00:0001]:8080/feed', '::ffff:7f00:1'],
    ['http://[0:0:0:0:0:ffff:127.0.0.1]/', '::ffff:7f00:1'],
    ['http://[::7f00:1]/', '::7f00:1'],
    ['http://[::127.0.0.1]/', '::7f00:1'],
    ['http://[64:ff9b::169.254.169.254]/latest/meta-data/', '64:ff9b::a9fe:a9fe'],
    ['http://[2002:c0a8:101::1]/admin', '2002:c0a8:101::1'],
    ['http://[fec0::1]/', 'fec0::1'],
    ['http://127.1/', '127.0.0.1'],
    ['http://2130706433/', '127.0.0.1'],
    ['http://0x7f.0.0.1/', '127.0.0.1'],
    ['http://0177.0.0.1/', '127.0.0.1'],
    ['http://198.18.0.1/', '198.18.0.1'],
    ['http://192.0.0.8/', '192.0.0.8'],
  ])('refuses %s, which is %s, without looking anything up', async (url, host) => {
    await expect(checkPublicAddress(url, noLookup)).rejects.toThrow(`refused: ${host} is a private or local address, and allowPrivate is off`);
  });

  it.each(['http://[::ffff:8.8.8.8]/feed', 'https://[2606:4700::1111]/feed', 'http://93.184.216.34/feed'])('lets %s through', async (url) => {
    await expect(checkPublicAddress(url, noLookup)).resolves.toBeUndefined();
  });

  it('refuses a name that resolves to a private IPv4 address in IPv6 clothing', async () => {
    const lookup: HostLookup = (host) => Promise.resolve(host === 'sneaky.example' ? ['2606:4700::1111', '64:ff9b::a00:7'] : ['::ffff:5db8:d822']);
    await expect(checkPublicAddress('http://sneaky.example/feed', lookup)).rejects.toThrow(
      'refused: sneaky.example (64:ff9b::a00:7) is a private or local address, and allowPrivate is off',
    );
    await expect(checkPublicAddress('http://news.example/feed', lookup)).resolves.toBeUndefined();
  });
});
