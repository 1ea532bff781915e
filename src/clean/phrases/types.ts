/** Words and phrases that mark boilerplate in one language. Matching tolerates case and spelling variants. */
export interface PhrasePack {
  /** Consent notices in a site's own voice ("this site uses cookies"). */
  cookieNotice: readonly string[];
  /**
   * Words of the consent vocabulary. A line is a cookie notice only when it has a notice phrase
   * and one of these, so a reporter quoting "we use cookies" about baking stays.
   */
  consentContext: readonly string[];
  /** Lines that are only a button or a label ("OK", "Advertisement"). */
  buttons: readonly string[];
  /** Share, copy-link, print and follow-us labels; a line made only of these is a share row. */
  share: readonly string[];
  /** Openers of "follow us" prompts. */
  social: readonly string[];
  /** Openers of "read more" / "related" lines. */
  related: readonly string[];
  /** Newsletter and subscription prompts (line openers). */
  newsletter: readonly string[];
  /** Words that open an attribution line: "Source: …". */
  attribution: readonly string[];
  /** Words that open a photo caption or credit: "Photo: …". */
  caption: readonly string[];
  /** Words that open a byline: "By …". */
  byline: readonly string[];
}
