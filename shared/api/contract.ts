import type { z } from 'zod';
import { backupContract } from './contracts/backup';
import { coreContract } from './contracts/core';
import { registerContract } from './contracts/register';
import { documentContract } from './contracts/document';
import { ordnerContract } from './contracts/ordner';
import { vaultContract } from './contracts/vault';
import { exemptionContract } from './contracts/exemption';
import { userContract } from './contracts/user';
import { referenceContract } from './contracts/reference';
import { holidayContract } from './contracts/holiday';
import { consequenceContract } from './contracts/consequence';
import { decisionContract } from './contracts/decision';
import { exportContract } from './contracts/export';
import { authContract } from './contracts/auth';
import { requestContract } from './contracts/request';
import { upkeepContract } from './contracts/upkeep';
import { folderContract } from './contracts/folder';
import type { MethodSpec } from './methodSpec';

export type { MethodSpec } from './methodSpec';

/**
 * The one contract between the renderer and main: every method the archive answers,
 * with its zod schemas. Each domain keeps its methods in contracts/<domain>.ts and is spread in here.
 */
export const contract = {
  ...coreContract,
  ...backupContract,
  ...registerContract,
  ...userContract,
  ...referenceContract,
  ...holidayContract,
  ...exemptionContract,
  ...consequenceContract,
  ...decisionContract,
  ...vaultContract,
  ...documentContract,
  ...ordnerContract,
  ...exportContract,
  ...authContract,
  ...requestContract,
  ...upkeepContract,
  ...folderContract,
} as const satisfies Record<string, MethodSpec>;

export type Contract = typeof contract;
export type Method = keyof Contract;
/** What a caller may send (defaults still optional). */
export type MethodInput<M extends Method> = z.input<Contract[M]['input']>;
/** What a handler receives after parsing (defaults filled in). */
export type ParsedInput<M extends Method> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends Method> = z.output<Contract[M]['output']>;

export function isMethod(name: string): name is Method {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
