import type { id } from './id';

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** Every language has exactly the keys of the Indonesian dictionary. */
export type Messages = Widen<typeof id>;
export type Language = 'id' | 'en';
export const languages: readonly Language[] = ['id', 'en'];
