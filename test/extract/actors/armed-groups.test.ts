/** Armed forces that act as parties: named, by their state's army, and as "the army" once named. */
import { describe, expect, it } from 'vitest';
import { acting, resolve } from './helpers.ts';

describe('gazetteer: Sudanese Armed Forces', () => {
  it('reads "Sudan\'s army" and "the Sudanese army" as the armed forces, not the state', () => {
    expect(acting(resolve("Sudan's army shelled the city. Later the Sudanese army withdrew.", '2024-03-04'))).toEqual([
      'sudanese-armed-forces', 'sudanese-armed-forces',
    ]);
  });

  it('takes "the army" for them only once they are named in the article', () => {
    expect(acting(resolve('The army said it had retaken the bridge.', '2024-03-04'))).toEqual([]);
    expect(acting(resolve('The Sudanese Armed Forces held the bridge. The army said it would hold it.', '2024-03-04'))[1]).toBe('sudanese-armed-forces');
  });
});
