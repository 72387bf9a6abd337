// Child process for the two-process test: opens an archive, writes a unit, says so, then holds it until stdin closes.
import { createCore } from '../../../main/core/createCore';

const dir = process.argv[2];
if (!dir) throw new Error('usage: holdArchive.ts DIR');
const core = createCore({ archiveDir: dir });
await core.handlers['unit.create']({ fields: { name: 'Dipegang', kind: 'bagian', head: '', active: true } }, { actor: 'child' });
process.stdout.write('holding\n');
process.stdin.resume();
process.stdin.on('end', () => {
  core.close();
  process.exit(0);
});
