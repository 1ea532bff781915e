import { describe, expect, it } from 'vitest';
import { showHeadline } from '../../src/render/showHeadline.js';

describe('showHeadline', () => {
  it("takes a programme's or site's name after a bar off a headline, in either script", () => {
    expect(showHeadline('Could Poland leave the European Union? | Inside Story')).toBe('Could Poland leave the European Union?');
    expect(showHeadline('Mostly empty stadium awaits the opening ceremony | The China Post, Taiwan')).toBe('Mostly empty stadium awaits the opening ceremony');
    expect(showHeadline('عودة الهدوء إلى العاصمة بعد ليلة من الاشتباكات | سكاي نيوز عربية')).toBe('عودة الهدوء إلى العاصمة بعد ليلة من الاشتباكات');
  });

  it('keeps a short headline whole, and a bar inside it', () => {
    expect(showHeadline('Covid-19 | What you need to know')).toBe('Covid-19 | What you need to know');
    expect(showHeadline('Rundown | ANC (21 September 2021)')).toBe('Rundown | ANC (21 September 2021)');
    expect(showHeadline('Markets open higher as oil falls')).toBe('Markets open higher as oil falls');
  });
});
