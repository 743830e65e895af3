import type { ModuleManifest } from '../core/kernel/index.ts';
import { contentModule } from './content/index.ts';
import { learningModule } from './learning/index.ts';
import { notifyModule } from './notify/index.ts';
import { questionBankModule } from './question-bank/index.ts';
import { quizModule } from './quiz/index.ts';
import { supervisionModule } from './supervision/index.ts';
import { videoModule } from './video/index.ts';

// The business modules this build ships, in menu order. Adding a module is: a folder under
// modules/, its manifest in index.ts (defineModule), and one line here. docs/architecture.md
// ("Adding a module") has the recipe.
export const businessModules: readonly ModuleManifest[] = [
  contentModule,
  videoModule,
  questionBankModule,
  quizModule,
  learningModule,
  notifyModule,
  supervisionModule,
];
