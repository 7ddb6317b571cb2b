/**
 * The one colour palette of Entente, shared by the web view and Neo4j Browser's style
 * (cypher/style.grass is checked against it in tests), so a relation looks the same everywhere.
 */
import type { ActorKind, RelationType } from './schema.ts';

export const RELATION_COLORS: Record<RelationType, string> = {
  MET: '#2f7ed8',
  CRITICISED: '#d62728',
  SUPPORTED: '#2ca02c',
  URGED: '#ff9f1c',
  OPPOSED: '#8e44ad',
};

export const ACTOR_COLORS: Record<ActorKind, string> = {
  Person: '#4c6ef5',
  Country: '#0f9d8a',
  Organization: '#e8590c',
  Group: '#868e96',
};

/** MET has no direction; every stance points from the one who acts to the target. */
export const DIRECTED: Record<RelationType, boolean> = {
  MET: false,
  CRITICISED: true,
  SUPPORTED: true,
  URGED: true,
  OPPOSED: true,
};
