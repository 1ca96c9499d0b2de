export * from './enums';
export * from './errors';
export * from './intake';
export * from './limits';
export * from './severity';
export * from './ticket-number';
export * from './transitions';
