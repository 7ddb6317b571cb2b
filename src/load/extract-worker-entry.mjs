// Entry of an extraction worker thread: workers do not inherit the main thread's tsx hooks, so
// register tsx here, then load the TypeScript worker body.
import { register } from 'tsx/esm/api';

register();
await import('./extract-worker.ts');
