import { userInfo } from 'node:os';

/** The local OS account stands in as the audit actor until user profiles (exemption workflow) exist. */
export function localActor(): string {
  try {
    return userInfo().username;
  } catch {
    return 'petugas';
  }
}
