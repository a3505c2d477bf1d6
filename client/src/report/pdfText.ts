/**
 * Text for the PDF's standard fonts, which only know Windows-1252: typographic signs get their
 * nearest equivalent, anything else outside that set becomes "?" rather than garbage.
 */
const REPLACEMENTS: Record<string, string> = {
  '\u2212': '-', // minus sign
  '\u2192': '->',
  '\u2190': '<-',
  '\u25b2': '+',
  '\u25bc': '-',
  '\u25b6': '=',
  '\u25c6': '*',
  '\u25cf': '*',
  '\u2264': '<=',
  '\u2265': '>=',
  '\u00a0': ' ',
  '\u202f': ' ',
  '\u2009': ' ',
};

// The characters of Windows-1252 above Latin-1's control range (0x80–0x9f).
const CP1252_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

export function pdfText(text: string): string {
  let out = '';
  for (const char of text) {
    const replacement = REPLACEMENTS[char];
    if (replacement !== undefined) {
      out += replacement;
      continue;
    }
    const code = char.codePointAt(0)!;
    out += (code >= 0x20 && code < 0x7f) || (code >= 0xa0 && code <= 0xff) || CP1252_EXTRA.has(char) || char === '\n' ? char : '?';
  }
  return out;
}
