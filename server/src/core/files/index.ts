import { defineModule } from '../kernel/index.ts';
import { filePolicies } from './policy.ts';
import { registerFileRoutes } from './routes.ts';

/** Uploads and downloads of one's own files (import sources, reports, exports). */
export const filesModule = defineModule({
  id: 'files',
  routes: (app) => registerFileRoutes(app, app.services),
  policies: filePolicies,
});
