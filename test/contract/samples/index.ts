import { backupSamples } from './backup';
import { consequenceSamples } from './consequence';
import { coreSamples } from './core';
import { decisionSamples } from './decision';
import { documentSamples } from './document';
import { exemptionSamples } from './exemption';
import { exportSamples } from './export';
import { ordnerSamples } from './ordner';
import { referenceSamples } from './reference';
import type { Samples } from './sample';
import { registerSamples } from './register';
import { requestSamples } from './request';
import { authSamples, userSamples } from './user';
import { upkeepSamples } from './upkeep';
import { vaultSamples } from './vault';
import { folderSamples } from './folder';

/**
 * One valid call for every contract method. `satisfies Samples` makes tsc fail when a method of the
 * contract has no sample here: a new method is not done until its domain's file has one.
 */
export const samples = {
  ...coreSamples,
  ...backupSamples,
  ...registerSamples,
  ...documentSamples,
  ...ordnerSamples,
  ...vaultSamples,
  ...userSamples,
  ...authSamples,
  ...referenceSamples,
  ...exemptionSamples,
  ...consequenceSamples,
  ...decisionSamples,
  ...exportSamples,
  ...requestSamples,
  ...upkeepSamples,
  ...folderSamples,
} satisfies Samples;
