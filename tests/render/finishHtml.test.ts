import { describe, expect, it } from 'vitest';
import { finishHtml } from '../../src/render/finishHtml.js';

const page = (body: string): string => `<!doctype html><html lang="en"><head></head><body>${body}</body></html>`;

describe('finishHtml', () => {
  it('returns the HTML unchanged when every table has a role and every image an alt', () => {
    const html = page('<!--[if mso]><table><tr><td><![endif]--><table role="presentation"><tr><td><img src="a.png" alt="">x</td></tr></table>');
    expect(finishHtml(html)).toBe(html);
  });

  it('gives a layout table role="presentation"', () => {
    expect(finishHtml(page('<table><tr><td>x</td></tr></table>'))).toContain('<table role="presentation">');
  });

  it('leaves a data table (with th or caption) its table semantics', () => {
    const out = finishHtml(page('<table><tr><th>Rate</th></tr></table><table><caption>Prices</caption></table><table></table>'));
    expect(out.match(/role="presentation"/g)).toHaveLength(1);
    expect(out).toContain('<table><tr><th>Rate</th>');
  });

  it('marks an image without alt as decorative and keeps an existing alt', () => {
    const out = finishHtml(page('<img src="a.png"><img src="b.png" alt="Logo">'));
    expect(out).toContain('<img src="a.png" alt="">');
    expect(out).toContain('<img src="b.png" alt="Logo">');
  });

  it('keeps Outlook conditional comments when it rewrites', () => {
    const out = finishHtml(page('<!--[if mso | IE]><table role="presentation"><tr><td><![endif]--><table><tr><td>x</td></tr></table>'));
    expect(out).toContain('<!--[if mso | IE]><table role="presentation"><tr><td><![endif]-->');
  });
});
