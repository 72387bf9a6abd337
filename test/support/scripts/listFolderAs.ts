/**
 * Lists a folder as another (unprivileged) account: root reads every folder, so the "folder it may
 * not read" refusal can only be seen after giving root's rights up. Prints the listing's error code.
 */
import { listFolder } from '../../../main/core/folder/folderBrowser';
import { isLemariError } from '../../../shared/api/errors';

const [uid, path] = process.argv.slice(2);
process.setgid?.(Number(uid));
process.setuid?.(Number(uid));
try {
  listFolder(path ?? null);
  console.log('listed');
} catch (error) {
  console.log(isLemariError(error) ? error.code : `unexpected ${String(error)}`);
}
