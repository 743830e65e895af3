import type { EventSubscriber } from '../../platform/events/dispatcher.ts';

// Turns content, video and quiz events into points, study hours and the learning facts.
export const learningSubscribers: EventSubscriber[] = [];
