export * from './machine.ts';
export { phasesOf } from './conductor-phases.ts';
export * from './alarms.ts';
