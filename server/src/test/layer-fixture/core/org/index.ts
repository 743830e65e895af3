export { lockOrgTree } from './tree-lock.ts';
