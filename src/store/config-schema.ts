/**
 * The settings schema moved to src/settings/schema.ts, low enough for the engine, the command
 * line and the build to import. This re-export keeps the store's many importers unchanged.
 */
export * from '../settings/schema';
