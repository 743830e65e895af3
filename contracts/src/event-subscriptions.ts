import { z } from 'zod';

export const SubscriptionStatus = z.enum(['ok', 'retrying', 'failed']);

export const ListEventSubscriptionsRequest = z.object({ status: SubscriptionStatus.optional() });

/** An event subscriber's delivery state: how far it has read, and whether (and why) it is failing. */
export const EventSubscriptionState = z
  .object({
    subscriberId: z.string(),
    /** What the subscriber does, in the caller's language (its id when it has no label). */
    label: z.string(),
    /** False for a subscriber no installed module declares any more. */
    isInstalled: z.boolean(),
    status: SubscriptionStatus,
    delivered: z.number(),
    attempts: z.number(),
    lastError: z.string().nullable(),
    failingSince: z.string().nullable(),
    nextAttemptAt: z.string().nullable(),
    lastDeliveredAt: z.string().nullable(),
    updatedAt: z.string(),
  })
  .meta({ id: 'EventSubscriptionState' });

export const ListEventSubscriptionsResponse = z.object({ data: z.array(EventSubscriptionState) });
