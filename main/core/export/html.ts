import type { ListDocument } from '../../../shared/domain/export';
import { indonesianDate } from '../../../shared/domain/dateWords';
import {
  categoryHeadingPrinted,
  dikCells,
  dikColumnHeaders,
  dipCells,
  dipColumnHeaders,
  groupDip,
  listTitle,
} from '../../../shared/domain/export';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

export interface HtmlLink {
  href: string;
  label: string;
}

const STYLE = `body{font-family:"Noto Sans",Arial,sans-serif;margin:1.5rem;color:#111;line-height:1.4}
h1{font-size:1.4rem;margin:.2rem 0}p{margin:.2rem 0}
table{border-collapse:collapse;width:100%;font-size:.85rem;margin-top:1rem}
th,td{border:1px solid #555;padding:.3rem .4rem;vertical-align:top;text-align:left}
thead th{background:#e6e6e6;text-align:center}th[scope=rowgroup]{background:#f3f3f3}
caption{text-align:left;font-weight:bold;padding:.3rem 0}
a{color:#0b4f9c}ul{padding-left:1.2rem}footer{margin-top:1rem;font-size:.75rem;color:#444;word-break:break-all}
@media print{a{color:#000}}`;

/**
 * The list as one static, accessible HTML page (works opened from a USB stick, no server, no
 * script): a real table with a caption, column headers with scope, category headings as row
 * group headers. Text is escaped; links are only the package's own files.
 */
export function renderListHtml(list: ListDocument, links: readonly HtmlLink[] = []): Buffer {
  const title = listTitle(list.kind, list.year);
  const headers = list.kind === 'dip' ? dipColumnHeaders : dikColumnHeaders;
  const cell = (text: string) => `<td>${escapeHtml(text).replace(/\n/g, '<br>')}</td>`;
  const body: string[] = [];
  if (list.kind === 'dip') {
    groupDip(list.rows).forEach((group, g) => {
      body.push(
        `<tbody><tr><th scope="rowgroup" colspan="${String(headers.length)}">${escapeHtml(categoryHeadingPrinted(group.category, g))}</th></tr>`,
      );
      group.rows.forEach((row, i) =>
        body.push(
          `<tr>${dipCells(row, i + 1)
            .map(cell)
            .join('')}</tr>`,
        ),
      );
      body.push('</tbody>');
    });
  } else {
    body.push('<tbody>');
    list.rows.forEach((row, i) =>
      body.push(
        `<tr>${dikCells(row, i + 1)
          .map(cell)
          .join('')}</tr>`,
      ),
    );
    body.push('</tbody>');
  }
  const linkList =
    links.length === 0
      ? ''
      : `<nav aria-label="Unduhan"><h2>Unduhan</h2><ul>${links.map((link) => `<li><a href="${escapeHtml(encodeURI(link.href))}">${escapeHtml(link.label)}</a></li>`).join('')}</ul></nav>`;
  const decision =
    list.decisionNumber === ''
      ? ''
      : `<p>Ditetapkan dengan Keputusan Nomor ${escapeHtml(list.decisionNumber)} tanggal ${escapeHtml(indonesianDate(list.signature.date))}.</p>`;
  const html = `<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src 'self'">
<title>${escapeHtml(title)} — ${escapeHtml(list.letterhead.bodyName)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<p>${escapeHtml(list.letterhead.bodyName)}${list.letterhead.unitName === '' ? '' : ` — ${escapeHtml(list.letterhead.unitName)}`}</p>
<h1>${escapeHtml(title)}</h1>
${decision}
</header>
<main>
${linkList}
<table>
<caption>${escapeHtml(title)}</caption>
<thead><tr>${headers.map((header) => `<th scope="col">${escapeHtml(header)}</th>`).join('')}</tr></thead>
${body.join('\n')}
</table>
<p>${escapeHtml([list.signature.place, indonesianDate(list.signature.date)].filter((part) => part !== '').join(', '))}<br>${escapeHtml(list.signature.position)}<br><strong>${escapeHtml(list.signature.name)}</strong>${list.signature.nip === '' ? '' : `<br>NIP. ${escapeHtml(list.signature.nip)}`}</p>
</main>
${list.auditHead === null ? '' : `<footer>Hash jejak audit: ${escapeHtml(list.auditHead)}</footer>`}
</body>
</html>
`;
  return Buffer.from(html, 'utf8');
}
