/**
 * The folded form of names that actor search compares: lower case, accents removed, so
 * "KOVAČ" finds "Mira Kovač" and "tomas" finds "Tomás". Stored on each actor (search_keys)
 * because Cypher has no accent folding of its own.
 */
export function searchKey(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

/** The keys of an actor: its name and aliases, folded, without duplicates. */
export function searchKeys(name: string, aliases: string[]): string[] {
  return [...new Set([name, ...aliases].map(searchKey))];
}
