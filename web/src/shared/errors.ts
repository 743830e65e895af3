// Turns any failure into words for the user, and server field problems into antd form errors.
import type { FormInstance } from 'antd';
import { ApiError } from '../api/client.ts';
import { i18n } from '../i18n/index.ts';

export function errorText(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return i18n.t('common:error.unknown');
}

/**
 * Shows a VALIDATION_FAILED answer's field messages on the form's own fields.
 * Returns true when at least one field took a message (the caller then needs no toast).
 */
export function showFieldErrors(form: FormInstance, error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  const known = new Set(Object.keys(form.getFieldsValue(true) ?? {}));
  const fields = error.fields
    .filter((f) => known.has(f.field.split('.')[0] ?? ''))
    .map((f) => ({ name: f.field.split('.'), errors: [f.message] }));
  if (fields.length) form.setFields(fields);
  return fields.length > 0;
}
