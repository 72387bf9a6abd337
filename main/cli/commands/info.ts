import { archiveOption, jsonOption, openArchive, parseCommandArgs } from '../archive';
import type { Command } from '../command';

export const infoCommand: Command = {
  name: 'info',
  summary: 'Lokasi arsip, versi skema dan jumlah isi / archive path, schema version and counts',
  usage: 'lemari info [--archive DIR] [--json]',
  async run(argv, io) {
    const { values } = parseCommandArgs(argv, { ...archiveOption, ...jsonOption });
    const core = openArchive(values.archive);
    try {
      const info = await core.handlers['app.info']({}, { actor: 'cli' });
      if (values.json) {
        io.out(JSON.stringify(info, null, 2));
        return 0;
      }
      io.out(`Arsip / archive:        ${info.archiveDir}`);
      io.out(`Versi skema / schema:   ${String(info.schemaVersion)}`);
      io.out(`Versi Lemari / version: ${info.appVersion}`);
      for (const [name, count] of Object.entries(info.counts)) io.out(`${name.padEnd(23)} ${String(count)}`);
      io.out(`Hash audit / audit head: ${info.auditHead ?? '-'}`);
      return 0;
    } finally {
      core.close();
    }
  },
};
