/**
 * Text height estimates for the layout. The layout must be a pure function of the document (every
 * browser computes the same positions, and nothing waits for the DOM), so wrapped text is
 * estimated from character counts. The estimate is deliberately generous: a line too many leaves
 * a little air, a line too few would be clipped (the card still shows the text with an ellipsis).
 */

/** Average advance of a character in ems: regular and bold weights of the UI's sans serif. */
const CHAR_EM = { regular: 0.6, bold: 0.64 } as const;

export type FontWeight = keyof typeof CHAR_EM;

/** How many lines `text` takes when wrapped at `width` pixels in a `fontSize` px font. */
export function estimateLines(text: string, width: number, fontSize: number, weight: FontWeight = 'regular'): number {
  const perLine = Math.max(1, Math.floor(width / (fontSize * CHAR_EM[weight])));
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let count = 1;
    let used = 0;
    for (const word of paragraph.split(/\s+/)) {
      if (word === '') continue;
      let length = word.length;
      if (used > 0 && used + 1 + length > perLine) {
        count++;
        used = 0;
      } else if (used > 0) used += 1;
      // A word longer than the line breaks anywhere (overflow-wrap: anywhere).
      while (used + length > perLine) {
        length -= perLine - used;
        count++;
        used = 0;
      }
      used += length;
    }
    lines += count;
  }
  return Math.max(1, lines);
}

/** Width in pixels of a short single-line label. */
export function estimateWidth(text: string, fontSize: number, weight: FontWeight = 'regular'): number {
  return Math.ceil(text.length * fontSize * CHAR_EM[weight]);
}
