// Breaks core-imports-no-module: the core reaches up into a business module.
import { quiz } from '../../modules/learning/index.ts';

export const orgUsesQuiz = quiz;
