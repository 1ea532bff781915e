/** One Associated Press story as member newspapers reprint it, each with its own dateline and footer. */
export const fedHoldsRates =
  'The Federal Reserve left its benchmark interest rate unchanged on Wednesday for a fourth straight meeting, saying inflation had eased but remained above its 2 percent target.\n\n' +
  'Policymakers voted 10 to 2 to hold the rate in a range of 4.25 to 4.5 percent. Two governors dissented in favour of a quarter-point cut, the first double dissent since 1993.\n\n' +
  'Chair Jerome Powell told reporters the central bank was in no hurry to lower borrowing costs while tariffs were pushing up prices for some goods. Markets had expected the decision, and stocks were little changed after the announcement.\n\n' +
  'The Fed next meets in September, when investors expect the first cut of the year.';

export function withWireFrame(firstLine: string, footer: string): string {
  return `${firstLine}${fedHoldsRates}${footer ? `\n\n${footer}` : ''}`;
}
