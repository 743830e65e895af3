// The platform's event mechanics, in one place for module manifests and the worker: record an event
// in the change's transaction; declare subscribers; run them after commit.

export {
  backoffMs,
  type DeliveredEvent,
  type DeliveryOptions,
  deliverPending,
  type EventSubscriber,
  isEventOf,
  type SubscriberServices,
  startEventDispatcher,
} from './dispatcher.ts';
export { type EventInput, EventPayloadError, queryEvents, recordEvent } from './record.ts';
