export const lockOrgTree = () => 'locked';
