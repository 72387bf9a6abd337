// Child process for the two-process test (RELIABILITY #13): holds an archive open and writes on request.
import { createInterface } from 'node:readline';
import { createCore } from '../../../main/core/createCore';

const dir = process.argv[2];
if (!dir) throw new Error('usage: holder.ts DIR');
const core = createCore({ archiveDir: dir, background: false });
process.stdout.write('READY\n');
const lines = createInterface({ input: process.stdin });
let n = 0;
for await (const line of lines) {
  if (line === 'write') {
    n += 1;
    const unit = await core.handlers['unit.create'](
      { fields: { name: `Pemegang ${String(n)}`, kind: 'bagian', head: '', active: true } },
      { actor: 'pemegang' },
    );
    process.stdout.write(`ACK ${String(unit.id)}\n`);
  }
  if (line === 'quit') break;
}
core.close();
process.stdout.write('CLOSED\n');
process.exit(0);
