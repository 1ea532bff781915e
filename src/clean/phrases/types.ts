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
  /**
   * A photo or gallery control as a line of its own ("Hide caption", "1 of 14" is found by shape):
   * the line just before a hide/show control is the caption it hides.
   */
  captionControls?: readonly string[];
  /** Credits for the reporting, anywhere in a short line: "… contributed to this report". */
  credits?: readonly string[];
  /**
   * A comment section's own voice, anywhere in a line: its policy ("comments are moderated"), its
   * disclaimer ("the views expressed below do not reflect…") or its prompt ("leave a comment").
   */
  commentPolicy?: readonly string[];
  /**
   * The site speaking about itself inside an article: affiliate disclosures ("we may earn a
   * commission"), inbox prompts ("… right in your inbox"). Anywhere in a line of a few sentences.
   */
  siteNotices?: readonly string[];
  /** "All rights reserved" and the like, anywhere in a short line (© itself is found by shape). */
  rightsReserved?: readonly string[];
}
