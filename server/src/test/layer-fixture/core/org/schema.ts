export const orgTable = 'orgs';
