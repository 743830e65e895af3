import type { EventSubscriber } from '../../platform/events/dispatcher.ts';
import { rollupSubscriber } from './rollups.ts';

/** The core's event subscribers; modules list theirs in their manifests beside these. */
export const coreSubscribers: readonly EventSubscriber[] = [rollupSubscriber];
