export * from './commands';
export * from './keyboard';
export * from './menuTemplate';
