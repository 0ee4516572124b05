/**
 * Organisation settings (issue #6): the model, its file, the policy merge and the effective lint
 * configuration. Pure; the storage adapter is in ./storage.ts (extension contexts only).
 */
export * from './schema.ts';
export * from './layers.ts';
export * from './migrate.ts';
export * from './merge.ts';
export * from './file.ts';
export * from './rule-settings.ts';
export * from './profile-probe.ts';
