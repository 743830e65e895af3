// Breaks core-area-uses-other-areas-through-index: people reaches into org's internals.

// Allowed: another area's index and tables.
import { lockOrgTree as viaIndex } from '../org/index.ts';
import { orgTable } from '../org/schema.ts';
import { lockOrgTree } from '../org/tree-lock.ts';

export const people = [lockOrgTree(), viaIndex(), orgTable];
