/** Measures a string in the current font at the current size (points). */
export type Measure = (text: string) => number;

/**
 * Greedy word wrap into lines no wider than `width`. Explicit line breaks are kept; a word wider
 * than the column (a long URL) is broken between characters. Lines are what the PDF table
 * paginates on, so a row is only ever split between two lines, never through one.
 */
export function wrapText(text: string, width: number, measure: Measure): string[] {
  const lines: string[] = [];
  const space = measure(' ');
  for (const paragraph of text.replace(/\r\n?/g, '\n').split('\n')) {
    const words = paragraph.split(/[ \t]+/).filter((word) => word !== '');
    let line = '';
    let lineWidth = 0;
    for (const word of words) {
      const wordWidth = measure(word);
      if (line !== '' && lineWidth + space + wordWidth <= width) {
        line += ` ${word}`;
        lineWidth += space + wordWidth;
        continue;
      }
      if (line !== '') lines.push(line);
      if (wordWidth <= width) {
        line = word;
        lineWidth = wordWidth;
        continue;
      }
      // Too wide for any line: cut it where it stops fitting.
      let piece = '';
      for (const char of word) {
        if (piece !== '' && measure(piece + char) > width) {
          lines.push(piece);
          piece = '';
        }
        piece += char;
      }
      line = piece;
      lineWidth = measure(piece);
    }
    lines.push(line);
  }
  while (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Caches word widths per font: a 10,000-row list repeats the same words thousands of times. */
export function cachedMeasure(measure: Measure): Measure {
  const cache = new Map<string, number>();
  return (text) => {
    let width = cache.get(text);
    if (width === undefined) {
      width = measure(text);
      if (cache.size < 200_000) cache.set(text, width);
    }
    return width;
  };
}
