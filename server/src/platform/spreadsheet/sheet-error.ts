import type { ErrorCode } from '@hongyun/contracts';

/**
 * A spreadsheet that cannot be read, by the catalogue's code. The reader worker throws these rather
 * than AppError so that it loads nothing of the contracts (a worker starts for every read, and their
 * schemas cost it a second); the reader turns them into AppErrors on the API's side.
 */
export class SheetError extends Error {
  readonly code: ErrorCode;
  readonly details?: unknown;
  constructor(code: ErrorCode, details?: unknown) {
    super(code);
    this.name = 'SheetError';
    this.code = code;
    this.details = details;
  }
}
