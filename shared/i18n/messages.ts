import type { id } from './id';

/** The shape of a dictionary with every string literal widened: what a translation must match. */
export type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** Every language has exactly the keys of the Indonesian dictionary. */
export type Messages = Widen<typeof id>;
export type Language = 'id' | 'en';
export const languages: readonly Language[] = ['id', 'en'];
