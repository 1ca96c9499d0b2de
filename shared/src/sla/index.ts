export * from './calendar';
export * from './engine';
export * from './holidays-jp';
export * from './plans';
export * from './types';
export { addWorkingMinutes, workingMinutesBetween } from './working-time';
