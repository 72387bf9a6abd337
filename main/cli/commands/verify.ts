import { createCore } from '../../core/createCore';
import { defaultArchiveDir } from '../../core/support/paths';
import { archiveOption, jsonOption, parseCommandArgs } from '../archive';
import type { Command } from '../command';

/**
 * `lemari verify`: Periksa Keutuhan from the command line — the vault's scans, the audit chain against
 * every anchor kept outside the database, and every audited row against its last event. Exit 1 on any finding.
 */
export const verifyCommand: Command = {
  name: 'verify',
  summary: 'Periksa keutuhan berkas, jejak audit dan baris / check scans, audit trail and rows',
  usage: 'lemari verify [--archive DIR] [--json]',
  async run(argv, io) {
    const { values } = parseCommandArgs(argv, { ...archiveOption, ...jsonOption });
    const core = createCore({ archiveDir: values.archive ?? defaultArchiveDir(), background: false });
    try {
      const check = await core.vault.verify('cli', 'cli');
      const audit = await core.handlers['audit.verify']({}, { actor: 'cli' });
      if (values.json) {
        io.out(JSON.stringify({ ...check, audit }, null, 2));
      } else {
        io.out(`Utuh / ok:                   ${String(check.ok)}`);
        io.out(`Berubah / changed:           ${String(check.changed.length)}`);
        io.out(`Hilang / missing:            ${String(check.missing.length)}`);
        io.out(`Tak tercatat / untracked:    ${String(check.untracked.length)}`);
        for (const sha of check.changed) io.out(`  berubah / changed:  ${sha}`);
        for (const sha of check.missing) io.out(`  hilang / missing:   ${sha}`);
        for (const u of check.untracked) io.out(`  karantina / quarantined: ${u.path} → ${u.quarantinedTo ?? '-'}`);
        io.out(
          `Jejak audit / audit trail:   ${String(audit.checked)} entri / entries, ${audit.firstBadSeq === null ? 'utuh / whole' : 'RUSAK / BROKEN'}`,
        );
        for (const a of audit.anchors) io.out(`  jangkar / anchor #${String(a.seq)} ${a.hash.slice(0, 16)}… (${a.source})`);
        if (audit.firstBadSeq !== null) {
          io.out(`  entri pertama yang rusak / first bad entry: #${String(audit.firstBadSeq)} (${audit.problem ?? '?'})`);
          if (audit.failedAnchor !== null) io.out(`  tidak cocok dengan jangkar / does not match the anchor: ${audit.failedAnchor}`);
        }
        io.out(`Baris berubah di luar Lemari / rows changed outside Lemari: ${String(audit.changedRows.length)}`);
        for (const r of audit.changedRows) {
          io.out(`  ${r.state}: ${r.table} #${r.id} “${r.label}” (terakhir dicatat / last recorded at audit #${String(r.seq)})`);
        }
        io.out(
          check.clean && audit.ok
            ? 'Hasil / result: utuh / all whole'
            : 'Hasil / result: ADA TEMUAN / FINDINGS (lihat di atas / see above)',
        );
      }
      return check.clean && audit.ok ? 0 : 1;
    } finally {
      core.close();
    }
  },
};
