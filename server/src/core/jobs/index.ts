import { defineModule } from '../kernel/index.ts';
import { registerJobRoutes } from './routes.ts';

export { presentJob } from './routes.ts';

/** A user's own background jobs: progress and outcome (the queue itself is platform/jobs). */
export const jobsModule = defineModule({ id: 'jobs', routes: registerJobRoutes });
export { registerSpreadsheetImportRoutes, type SpreadsheetImportSpec } from './import-routes.ts';
