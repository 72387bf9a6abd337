import { exemptionEn } from './exemption.en';
import { exemptionId } from './exemption.id';

/** Words of exempted information (DIK), Bahasa Indonesia first; each language in its own file. */
export const exemptionStrings = { id: exemptionId, en: exemptionEn };
