export * from './enums';
export * from './schema';
export * from './formatIssues';
