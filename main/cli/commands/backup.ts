import { resolve } from 'node:path';
import { createCore } from '../../core/createCore';
import { defaultArchiveDir } from '../../core/support/paths';
import { archiveOption, jsonOption, parseCommandArgs } from '../archive';
import type { Command } from '../command';
import { UsageError } from '../io';
import { secretFromStdin, type SecretIo } from '../secret';
import { writeFileSync } from 'node:fs';
import type { BackupKeyChoice } from '../../core/backup/backup.service';
import { recoverySheetPdf } from '../../core/backup/recoverySheet';

function megabytes(bytes: number): string {
  return `${(bytes / 1_048_576).toFixed(1)} MB`;
}

export const backupCommand: Command = {
  name: 'backup',
  summary: 'Buat cadangan .lemari-backup (basis data, pindaian, manifest SHA-256) / write a .lemari-backup',
  usage: 'lemari backup (--passphrase-stdin | --recovery-key-out FILE.pdf | --unencrypted) [--out FILE] [--archive DIR] [--json]',
  async run(argv, io: SecretIo) {
    const { values } = parseCommandArgs(argv, {
      ...archiveOption,
      ...jsonOption,
      out: { type: 'string' },
      'passphrase-stdin': { type: 'boolean', default: false },
      'recovery-key-out': { type: 'string' },
      unencrypted: { type: 'boolean', default: false },
    });
    const chosen = [values['passphrase-stdin'], values['recovery-key-out'] !== undefined, values.unencrypted].filter(Boolean).length;
    if (chosen > 1) throw new UsageError('pilih satu kunci / choose one key option');
    let choice: BackupKeyChoice | undefined;
    if (values['passphrase-stdin']) {
      const passphrase = await secretFromStdin(io);
      if (passphrase.length < 10) throw new UsageError('kata sandi minimal 10 karakter / the passphrase needs at least 10 characters');
      choice = { passphrase };
    } else if (values['recovery-key-out'] !== undefined) {
      choice = { newRecoveryKey: true };
    } else if (values.unencrypted) {
      choice = { unencrypted: true };
      io.err(
        'PERINGATAN: cadangan TANPA enkripsi — berkasnya memuat seluruh DIK dalam bentuk terbaca. / WARNING: UNENCRYPTED backup — the file holds the whole DIK readable.',
      );
    }
    // Without any of them the stored recovery key's recipient is used; with none stored the backup is refused.
    const core = createCore({ archiveDir: values.archive ?? defaultArchiveDir(), background: false });
    try {
      let lastPercent = -1;
      const stop = values.json
        ? () => undefined
        : core.events.subscribe((event, payload) => {
            if (event !== 'job.progressed') return;
            const { done, total } = payload as { done: number; total: number };
            const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
            if (percent >= lastPercent + 10 || percent === 100) {
              lastPercent = percent;
              io.err(`… ${String(percent)}% (${megabytes(done)} / ${megabytes(total)})`);
            }
          });
      const result = await core.backup.create('manual', 'cli', values.out === undefined ? null : resolve(values.out), choice);
      stop();
      const sheet = values['recovery-key-out'];
      if (sheet !== undefined && result.recoveryKey !== null) {
        const identity = result.recoveryKey;
        const recipient = core.backup.status().recoveryRecipient ?? '';
        const agency = await core.handlers['agency.get']({}, { actor: 'cli' });
        const pdf = await recoverySheetPdf({
          identity,
          recipient,
          bodyName: agency.bodyName,
          agency,
          archiveDir: core.archiveDir,
          backupFile: result.file,
          at: new Date(),
        });
        writeFileSync(resolve(sheet), pdf, { mode: 0o600, flag: 'wx' });
        // The identity as a key file too, for `--identity` and `age -d -i`: beside the sheet, owner-only.
        writeFileSync(`${resolve(sheet)}.key.txt`, `# Lemari recovery key, public key ${recipient}\n${identity}\n`, {
          mode: 0o600,
          flag: 'wx',
        });
        io.out(
          `Lembar Kunci Pemulihan / Recovery Key Sheet: ${resolve(sheet)} — cetak, simpan di lemari besi, lalu hapus berkasnya / print, keep in the safe, then delete the file`,
        );
        result.recoveryKey = null;
      }
      if (values.json) {
        io.out(JSON.stringify(result, null, 2));
        return 0;
      }
      io.out(`Cadangan / backup:      ${result.file}`);
      io.out(`Enkripsi / encryption:  ${result.encrypted ? 'age (terenkripsi / encrypted)' : 'TIDAK / NONE'}`);
      io.out(`Ukuran / size:          ${megabytes(result.bytes)}`);
      io.out(`SHA-256:                ${result.sha256}`);
      io.out(`Pindaian / scans:       ${String(result.vaultObjects)}`);
      io.out(`Hash audit / audit head: ${result.auditHead ?? '-'} (#${String(result.auditCount)})`);
      for (const removed of result.removed) io.out(`Dihapus (lebih dari batas simpan) / removed (over the keep limit): ${removed}`);
      return 0;
    } finally {
      core.close();
    }
  },
};
