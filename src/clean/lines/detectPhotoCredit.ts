/**
 * A caption ends with the photographer and the agency that licensed the picture: "(Jim Watson/AFP
 * via Getty Images)", "Mario Tama/Getty Images", "(AP Photo/Evan Vucci)". A news sentence cites an
 * agency by name ("…, Reuters reported.") but never as "name/agency" or "AP Photo".
 */
const STOCK_CREDIT = /(?:getty\s+images|ap\s+photo|shutterstock|istock(?:photo)?|alamy(?:\s+stock\s+photo)?|picture[\s-]alliance)(?:\s*\/\s*[^()/]{1,40})?\)?\.?$/iu;
const AGENCY_AFTER_SLASH = /\S\s*\/\s*(?:afp|reuters|epa(?:-efe)?|xinhua|ap|dpa|anadolu(?:\s+agency)?|bloomberg|sipa|imago|kyodo|yonhap|ansa|efe)(?:\s+via\s+getty\s+images)?\)?\.?$/iu;
// Captions can run long; whole paragraphs that happen to end in a credit are longer still.
const MAX_CAPTION_WORDS = 60;
// Longer than either credit pattern can match ("(Photographer Name/Anadolu Agency via Getty Images).").
const CREDIT_TAIL = 120;

/** Whether a line is a photo caption or credit, judged by the credit that closes it. */
export function detectPhotoCredit(line: string, words: number): boolean {
  if (words > MAX_CAPTION_WORDS) return false;
  // Both credits close the line and are short: only its end is searched, not every position of it.
  const end = line.length > CREDIT_TAIL ? line.slice(-CREDIT_TAIL) : line;
  return STOCK_CREDIT.test(end) || (end.includes('/') && AGENCY_AFTER_SLASH.test(end));
}
