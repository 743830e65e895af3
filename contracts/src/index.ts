export * from './audit.ts';
export * from './auth.ts';
export * from './common.ts';
export * from './errors.ts';
export * from './field-messages.ts';
export * from './org.ts';
export * from './people.ts';
export * from './roles.ts';
