import { describe, expect, it } from 'vitest';
import { bodyOfEmail } from '../../src/deliver/bodyOfEmail.js';
import { finishEmail } from '../../src/render/finishEmail.js';

const finishHtml = (html: string): string => finishEmail(html).html;

const page = (body: string): string => `<!doctype html><html lang="en"><head></head><body>${body}</body></html>`;

describe('finishEmail', () => {
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

  it("gives the email's body for the feeds as bodyOfEmail reads it from the archived HTML, rewritten or not", () => {
    const preview = '<div style="display:none;font-size:1px">preview</div>';
    for (const body of [`${preview}<!--[if mso]><table><tr><td><![endif]--><table role="presentation"><tr><td>x &amp; y</td></tr></table>`, `${preview}<table><tr><td><img src="a.png">x</td></tr></table>`]) {
      const { html, feedBody } = finishEmail(page(body));
      expect(feedBody).toBe(bodyOfEmail(html));
      expect(feedBody).not.toContain('preview');
      expect(feedBody).toContain('x');
    }
  });

  it('keeps Outlook conditional comments when it rewrites', () => {
    const out = finishHtml(page('<!--[if mso | IE]><table role="presentation"><tr><td><![endif]--><table><tr><td>x</td></tr></table>'));
    expect(out).toContain('<!--[if mso | IE]><table role="presentation"><tr><td><![endif]-->');
  });
});
