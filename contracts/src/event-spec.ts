// The shape of one event-catalogue entry, shared by the core catalogue and the modules' sections.
import type { z } from 'zod';
import type { Bilingual, Lang, Ref } from './summary.ts';

export type EventSpec<S extends z.ZodType> = {
  payload: S;
  label: Bilingual;
  /** Slots: {actor}, {person}, {org}, {subject}, plus `refs` and `vars`. */
  summary: Bilingual;
  refs?: Record<string, Ref>;
  // Method syntax on purpose: lets every entry be read through EventSpec<ZodType> when rendering.
  vars?(data: z.output<S>, lang: Lang): Record<string, string>;
  /** The daily rollup metric this event adds one to (core's rollup subscriber counts it). */
  metric?: string;
};
export const spec = <S extends z.ZodType>(s: EventSpec<S>): EventSpec<S> => s;
