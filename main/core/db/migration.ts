import type { Db } from './connection';

/** One schema step. Migrations are append-only: a released one is never edited, only followed. */
export interface Migration {
  version: number;
  name: string;
  up(db: Db): void;
}
