export * from './enums';
export * from './errors';
export * from './intake';
export * from './limits';
export * from './severity';
export * from './sla';
export * from './ticket-number';
export * from './transitions';
