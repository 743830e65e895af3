// Breaks platform-imports-nothing-above: the platform imports the core.
import { people } from '../core/people/index.ts';

export const platformKnowsPeople = people;
