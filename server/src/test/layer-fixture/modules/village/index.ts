// Breaks module-uses-other-modules-through-index: village reads learning's table.
import { quiz } from '../learning/index.ts';
import { quizTable } from '../learning/schema.ts';

export const village = [quiz, quizTable];
