/** Public entry of the embedded store. */
export { createEmbeddedStore, type EmbeddedStoreOptions } from './embedded-store.ts';
