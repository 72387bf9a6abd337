import type { Command } from './cli/command';
import { backupCommand } from './cli/commands/backup';
import { editionCommand } from './cli/commands/edition';
import { expiringCommand } from './cli/commands/expiring';
import { exportCommand } from './cli/commands/export';
import { infoCommand } from './cli/commands/info';
import { importCommand } from './cli/commands/import';
import { listCommand } from './cli/commands/list';
import { publishCommand } from './cli/commands/publish';
import { reportCommand } from './cli/commands/report';
import { requestCommand } from './cli/commands/request';
import { restoreCommand } from './cli/commands/restore';
import { serveCommand } from './cli/commands/serve';
import { vaultCommand } from './cli/commands/vault';
import { verifyCommand } from './cli/commands/verify';
import { userCommand } from './cli/commands/user';
import { processIo, reportError, UsageError, type CliIo } from './cli/io';

/** Every `lemari` command; later domains add theirs here. */
export const commands: readonly Command[] = [
  serveCommand,
  infoCommand,
  importCommand,
  listCommand,
  backupCommand,
  restoreCommand,
  vaultCommand,
  verifyCommand,
  expiringCommand,
  exportCommand,
  publishCommand,
  userCommand,
  editionCommand,
  requestCommand,
  reportCommand,
];

function help(io: CliIo): void {
  io.out('Lemari — arsip DIP & DIK untuk meja PPID / DIP & DIK archive for the PPID desk');
  io.out('');
  for (const command of commands) {
    io.out(`  ${command.usage}`);
    io.out(`      ${command.summary}`);
  }
  io.out('');
  io.out('Tanpa --archive, arsip berada di folder data aplikasi. / Without --archive the archive is in the app-data folder.');
}

/** `lemari <command> …`: returns the exit code (0 success, 1 a readable failure). */
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    help(io);
    return name === undefined ? 1 : 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(`Perintah tidak dikenal: "${name}". / Unknown command: "${name}".`);
    help(io);
    return 1;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`Galat: ${error.message}`);
      io.err(`Pemakaian / usage: ${command.usage}`);
      return 1;
    }
    return reportError(io, error);
  }
}
