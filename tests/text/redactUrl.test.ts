import { describe, expect, it } from 'vitest';
import { redactUrl } from '../../src/text/redactUrl.js';

describe('redactUrl', () => {
  it('hides the user name and password of an address', () => {
    expect(redactUrl('http://user:s3cret@news.example/feed.xml')).toBe('http://***@news.example/feed.xml');
  });

  it('hides a user name given alone, as token-in-the-username services do', () => {
    expect(redactUrl('https://ghp_abc123@feeds.example/private.atom')).toBe('https://***@feeds.example/private.atom');
  });

  it('hides a password that contains a stray @ whole, up to the last @ before the path', () => {
    expect(redactUrl('http://user:p@ss@host.example/feed')).toBe('http://***@host.example/feed');
  });

  it('keeps the port and an IPv6 host', () => {
    expect(redactUrl('http://user:pw@[2001:db8::1]:8080/feed?lang=en')).toBe('http://***@[2001:db8::1]:8080/feed?lang=en');
    expect(redactUrl('http://[::1]:8080/feed?token=abc')).toBe('http://[::1]:8080/feed?token=***');
  });

  it('leaves an @ in the path alone (a Mastodon account feed)', () => {
    expect(redactUrl('https://mastodon.social/@Gargron.rss')).toBe('https://mastodon.social/@Gargron.rss');
  });

  it.each([
    'token',
    'key',
    'apikey',
    'api_key',
    'access_token',
    'secret',
    'password',
    'passwd',
    'pwd',
    'auth',
    'authorization',
    'sig',
    'signature',
    'session',
    'session_id',
    'PHPSESSID',
    'credential',
    'x-api-key',
    'client_secret',
    'apiKey',
    'X-Amz-Signature',
    'X-Amz-Security-Token',
    'oauth_token',
  ])('hides the value of %s', (name) => {
    expect(redactUrl(`https://api.example/feed?${name}=abc123&page=2`)).toBe(`https://api.example/feed?${name}=***&page=2`);
  });

  it('ignores the case of parameter names', () => {
    expect(redactUrl('https://h.example/f?TOKEN=a&Api_Key=b&PassWord=c')).toBe('https://h.example/f?TOKEN=***&Api_Key=***&PassWord=***');
  });

  it('reads percent-encoded names and hides percent-encoded values whole', () => {
    expect(redactUrl('https://h.example/f?api%5Fkey=a%2Fb%3D%3D')).toBe('https://h.example/f?api%5Fkey=***');
  });

  it('keeps ordinary parameters, including ones that only look like secret words', () => {
    const address = 'https://h.example/search?page=2&lang=en&keyword=budget&monkey=1&compass=n&author=ali&client_id=app';
    expect(redactUrl(address)).toBe(address);
  });

  it('hides secrets in the fragment and keeps the rest of it', () => {
    expect(redactUrl('https://h.example/cb#access_token=abc&state=xyz')).toBe('https://h.example/cb#access_token=***&state=xyz');
    expect(redactUrl('https://h.example/page#section-2')).toBe('https://h.example/page#section-2');
  });

  it('hides a value that runs past a semicolon, and parameters separated by one', () => {
    expect(redactUrl('https://h.example/f?token=abc;def')).toBe('https://h.example/f?token=***');
    expect(redactUrl('https://h.example/f?a=1;key=xyz')).toBe('https://h.example/f?a=1;key=***');
  });

  it('keeps an empty secret parameter as it is', () => {
    expect(redactUrl('https://h.example/f?token=&page=2')).toBe('https://h.example/f?token=&page=2');
  });

  it('finds addresses inside an error message and keeps the punctuation after them', () => {
    expect(redactUrl('cannot fetch http://user:pw@h.example/feed?token=abc123: HTTP 401')).toBe('cannot fetch http://***@h.example/feed?token=***: HTTP 401');
    expect(redactUrl('redirect loop: https://h.example/a?sig=1 → https://h.example/b?sig=2')).toBe('redirect loop: https://h.example/a?sig=*** → https://h.example/b?sig=***');
    expect(redactUrl('(see "https://h.example/f?key=k1")')).toBe('(see "https://h.example/f?key=***")');
  });

  it('redacts strings that are not valid addresses without throwing', () => {
    expect(redactUrl('not a url: smtp://admin:hunter2@')).toBe('not a url: smtp://***@');
    expect(redactUrl('http://user:pw@')).toBe('http://***@');
    expect(redactUrl('?token=%E0%A4%A&%=1')).toBe('?token=***&%=1');
    expect(redactUrl('feed?%E0%A4%A=1')).toBe('feed?%E0%A4%A=1');
    expect(redactUrl('')).toBe('');
    expect(redactUrl('http://')).toBe('http://');
  });

  it('leaves text without addresses, and its own output, unchanged', () => {
    expect(redactUrl('HTTP 500 Internal Server Error (after 3 attempts)')).toBe('HTTP 500 Internal Server Error (after 3 attempts)');
    const once = redactUrl('https://u:p@h.example/f?token=abc&page=2');
    expect(redactUrl(once)).toBe(once);
  });
});
