export * from './teams';
export * from './users';
export * from './login-throttles';
export * from './audit-logs';
export * from './app-settings';
export * from './chains';
export * from './enterprises';
export * from './leads';
