import { requestEn } from './request.en';
import { requestId } from './request.id';

/** Words of the request and objection registers, Bahasa Indonesia first; each language in its own file. */
export const requestStrings = { id: requestId, en: requestEn };
