export * from './schema.ts';
export { DEFAULT_CONDUCTORS, DEFAULT_CONDUCTOR_FILE, findConductor } from './defaults.ts';
export { importConductors, repairConductors, type ImportResult } from './import.ts';
export * from './checklist.ts';
