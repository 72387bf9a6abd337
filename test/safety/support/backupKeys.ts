import { setScryptWorkFactorForTests } from '../../../main/core/backup/ageStream';
import type { Core } from '../../../main/core/createCore';

// A fixed recovery key for the safety suite only (never an archive's): backups made with no key given —
// as on quit or on the schedule — encrypt to its recipient, and the tests restore with its identity.
export const TEST_IDENTITY = 'AGE-SECRET-KEY-19RWPDUSEJNDMTQX9TVEUGH3GFN5YXCZ9VGDPM48W9JXVP36MFFXS7PZ6LJ';
export const TEST_RECIPIENT = 'age1u4mwp0ylsgeulrskydzgc3teqe5d7zpz0vv43mav3xn0kg7ca58q7ujjjs';
export const TEST_KEY = { identity: TEST_IDENTITY } as const;
export const TEST_PASSPHRASE = 'kata sandi cadangan uji';

// age's default scrypt (2^18) costs about a second per use; hundreds of test backups use 2^10.
setScryptWorkFactorForTests(10);

export function useTestRecoveryKey(core: Core): Core {
  try {
    core.backup.useRecoveryRecipient(TEST_RECIPIENT);
  } catch {
    // A read-only or full archive (the disk-full tests) cannot store it; those tests make no backup there.
  }
  return core;
}
