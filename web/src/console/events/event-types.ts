// Names of the behaviour event types, from the closed catalogue in contracts (events.ts), for the
// type filter and the chart legend. Rows carry their own `typeLabel` from the server.
import { EventCatalogue, EventTypes } from '@hongyun/contracts';

type Label = { zh: string; en: string };

export const EventTypeLabels: Record<string, Label> = Object.fromEntries(
  EventTypes.map((type) => [type, EventCatalogue[type].label]),
);
