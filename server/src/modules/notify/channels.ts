import { createHmac } from 'node:crypto';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Config } from '../../config.ts';

// The external channels. Each send either resolves (delivered) or throws an Error whose message
// becomes the delivery's last_error; the delivery loop never lets one escape (deliver.ts).

export type OutgoingDelivery = {
  id: string;
  notificationId: string;
  destination: string;
  subject: string;
  body: string;
  urgency: 'normal' | 'urgent';
  createdAt: Date;
};

const transports = new WeakMap<Config, Transporter>();

function transportFor(config: Config): Transporter {
  let t = transports.get(config);
  if (!t) {
    t = nodemailer.createTransport({
      host: config.SMTP_HOST,
      port: config.SMTP_PORT,
      secure: config.SMTP_SECURE,
      auth: config.SMTP_USER ? { user: config.SMTP_USER, pass: config.SMTP_PASS } : undefined,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    });
    transports.set(config, t);
  }
  return t;
}

export async function sendEmail(config: Config, d: OutgoingDelivery): Promise<void> {
  if (!config.SMTP_HOST || !config.SMTP_FROM) throw new Error('email channel is not configured');
  await transportFor(config).sendMail({
    from: config.SMTP_FROM,
    to: d.destination,
    subject: d.subject,
    text: d.body,
    headers: { 'X-Hongyun-Delivery': d.id },
    priority: d.urgency === 'urgent' ? 'high' : 'normal',
  });
}

/** `t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">`, as the gateway checks it. */
export function webhookSignature(secret: string, body: string, t: number): string {
  const v1 = createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');
  return `t=${t},v1=${v1}`;
}

export const WEBHOOK_TIMEOUT_MS = 10_000;

/** POSTs the delivery as JSON to the gateway; anything but a 2xx is a failure to retry. */
export async function sendWebhook(config: Config, d: OutgoingDelivery, phone: string | null): Promise<void> {
  const url = config.NOTIFY_WEBHOOK_URL;
  const secret = config.NOTIFY_WEBHOOK_SECRET;
  if (!url || !secret) throw new Error('webhook channel is not configured');
  if (!phone) throw new Error('the account has no phone number');
  const body = JSON.stringify({
    id: d.id,
    notificationId: d.notificationId,
    to: { phone },
    subject: d.subject,
    body: d.body,
    urgency: d.urgency,
    createdAt: d.createdAt.toISOString(),
  });
  const t = Math.floor(Date.now() / 1000);
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-hongyun-signature': webhookSignature(secret, body, t),
      // A redelivery (at-least-once) carries the same key: the gateway can drop the duplicate.
      'idempotency-key': d.id,
    },
    body,
    redirect: 'error',
    signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
  });
  await res.body?.cancel().catch(() => {});
  if (res.status < 200 || res.status > 299) throw new Error(`webhook answered HTTP ${res.status}`);
}
