/** The model's enumerations for the browser, taken from the shared palette so zod stays out of the bundle. */
import { ACTOR_COLORS, RELATION_COLORS } from '../../src/model/palette.ts';
import type { ActorKind, RelationType } from '../../src/model/schema.ts';

/** Display order, as in src/model/schema.ts (the palette lists them in that order). */
export const RELATION_TYPES = Object.keys(RELATION_COLORS) as RelationType[];
export const ACTOR_KINDS = Object.keys(ACTOR_COLORS) as ActorKind[];
