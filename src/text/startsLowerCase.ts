/** Whether the text at `index` starts with a lower-case letter (a script without case has none). */
export function startsLowerCase(text: string, index = 0): boolean {
  const code = text.charCodeAt(index);
  // ASCII answers without making a string; other scripts ask toUpperCase.
  if (code < 0x80) return code >= 0x61 && code <= 0x7a;
  const first = text.charAt(index);
  return first !== first.toUpperCase();
}
