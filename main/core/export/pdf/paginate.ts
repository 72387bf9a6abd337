/**
 * Page breaking for the printed tables, kept free of pdfkit so its rules can be tested alone:
 * the header is repeated on every page (callers draw it; here it is space taken), a row that fits
 * on a page is never split, a taller row is split only between lines, a category heading is kept
 * with the first row under it, and the signature block is never left alone on the last page.
 */
export interface Block {
  /** Lines of the tallest cell. */
  lines: number;
  /** Category headings stay with the row that follows. */
  keepWithNext: boolean;
}

export interface Placement {
  block: number;
  fromLine: number;
  toLine: number;
  y: number;
  height: number;
}

export interface PageGeometry {
  /** Where the header row starts on the first page (below the kop surat and title) and on the others. */
  firstTop: number;
  top: number;
  bottom: number;
  headerHeight: number;
  lineHeight: number;
  /** Vertical padding of a cell, top and bottom each. */
  padding: number;
  /** Space the signature block needs below the table; 0 for none. */
  signatureHeight: number;
}

export interface Pagination {
  pages: Placement[][];
  /** Top of the signature block on the last page. */
  signatureY: number;
}

function blockHeight(lines: number, geometry: PageGeometry): number {
  return lines * geometry.lineHeight + 2 * geometry.padding;
}

export function paginate(blocks: readonly Block[], geometry: PageGeometry): Pagination {
  const pages: Placement[][] = [[]];
  let y = geometry.firstTop + geometry.headerHeight;
  const freshStart = geometry.top + geometry.headerHeight;
  const page = () => pages[pages.length - 1] as Placement[];
  const newPage = () => {
    pages.push([]);
    y = freshStart;
  };

  blocks.forEach((block, index) => {
    const lines = Math.max(1, block.lines);
    let height = blockHeight(lines, geometry);
    if (block.keepWithNext) {
      const next = blocks[index + 1];
      const nextFirst = next ? blockHeight(Math.min(Math.max(1, next.lines), 2), geometry) : 0;
      if (y + height + nextFirst > geometry.bottom && page().length > 0) newPage();
      page().push({ block: index, fromLine: 0, toLine: lines, y, height });
      y += height;
      return;
    }
    if (y + height > geometry.bottom && page().length > 0 && height <= geometry.bottom - freshStart) newPage();
    let from = 0;
    while (from < lines) {
      const room = Math.floor((geometry.bottom - y - 2 * geometry.padding) / geometry.lineHeight);
      if (room < 1) {
        newPage();
        continue;
      }
      const to = Math.min(lines, from + room);
      height = blockHeight(to - from, geometry);
      page().push({ block: index, fromLine: from, toLine: to, y, height });
      y += height;
      from = to;
      if (from < lines) newPage();
    }
  });

  if (geometry.signatureHeight > 0 && y + geometry.signatureHeight > geometry.bottom) {
    // Carry the last whole row (and its heading) over so the signature does not stand alone.
    const last = page();
    const tail: Placement[] = [];
    const lastPlacement = last[last.length - 1];
    if (lastPlacement && lastPlacement.fromLine === 0 && last.length > 1) {
      tail.unshift(last.pop() as Placement);
      const before = last[last.length - 1];
      if (before && blocks[before.block]?.keepWithNext && last.length > 1) tail.unshift(last.pop() as Placement);
    } else if (lastPlacement && lastPlacement.toLine - lastPlacement.fromLine >= 2) {
      // One tall row (or the rest of one) fills the page: break it earlier, so its last lines go
      // over with the signature rather than the signature standing alone.
      const keep = Math.ceil((lastPlacement.toLine - lastPlacement.fromLine) / 2);
      const split = lastPlacement.fromLine + keep;
      last[last.length - 1] = { ...lastPlacement, toLine: split, height: blockHeight(keep, geometry) };
      tail.push({ ...lastPlacement, fromLine: split, height: blockHeight(lastPlacement.toLine - split, geometry) });
    }
    newPage();
    for (const placement of tail) {
      page().push({ ...placement, y });
      y += placement.height;
    }
  }
  return { pages, signatureY: y };
}
