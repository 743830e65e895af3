import { accountsModule } from './accounts/index.ts';
import { auditModule } from './audit/index.ts';
import { calendarModule } from './calendar/index.ts';
import { eventsModule } from './events/index.ts';
import { filesModule } from './files/index.ts';
import { jobsModule } from './jobs/index.ts';
import type { ModuleManifest } from './kernel/index.ts';
import { maintenanceModule } from './maintenance/index.ts';
import { orgModule } from './org/index.ts';
import { peopleModule } from './people/index.ts';

/** The core's areas, installed before any business module (their policies and abilities come first). */
export const coreModules: readonly ModuleManifest[] = [
  accountsModule,
  orgModule,
  peopleModule,
  auditModule,
  eventsModule,
  calendarModule,
  filesModule,
  jobsModule,
  maintenanceModule,
];
