/** The shape every language must have: the Chinese catalogue with its literal strings widened. */
import type { zh } from './zh.ts';

type Widen<T> = { readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

export type Messages = Widen<typeof zh>;
