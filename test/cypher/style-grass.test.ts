/** Neo4j Browser's style (cypher/style.grass) must draw relations and actors in the web view's colours. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ACTOR_COLORS, RELATION_COLORS } from '../../src/model/palette.ts';

/** The `color` of each `selector { ... }` block of a GraSS file. */
function grassColors(text: string): Map<string, string> {
  const colors = new Map<string, string>();
  for (const m of text.matchAll(/([\w.]+)\s*\{([^}]*)\}/g)) {
    const color = /(?:^|\s)color:\s*(#[0-9a-fA-F]{6})/.exec(m[2]!);
    if (color) colors.set(m[1]!, color[1]!.toLowerCase());
  }
  return colors;
}

describe('cypher/style.grass', () => {
  const colors = grassColors(readFileSync('cypher/style.grass', 'utf8'));

  it('colours every relation type as the web view does', () => {
    for (const [type, color] of Object.entries(RELATION_COLORS)) {
      expect(colors.get(`relationship.${type}`), type).toBe(color.toLowerCase());
    }
  });

  it('colours every actor kind as the web view does', () => {
    for (const [kind, color] of Object.entries(ACTOR_COLORS)) {
      expect(colors.get(`node.${kind}`), kind).toBe(color.toLowerCase());
    }
  });
});
