/** A token trie that finds the longest known phrase starting at a token (spaCy's PhraseMatcher). */
import { phraseKeys, type Token } from './tokens.ts';

interface Node<T> {
  next: Map<string, Node<T>>;
  values: T[];
}

export interface PhraseMatch<T> {
  /** Number of tokens matched. */
  length: number;
  values: T[];
}

export class PhraseMatcher<T> {
  private readonly root: Node<T> = { next: new Map(), values: [] };

  /** `field`: the token form compared — `key` (case kept) or `lower` (phrases stored lower-case). */
  constructor(private readonly field: 'key' | 'lower' = 'key') {}

  add(phrase: string, value: T): void {
    const keys = phraseKeys(phrase);
    if (keys.length === 0) return;
    let node = this.root;
    for (const k of keys) {
      let child = node.next.get(k);
      if (!child) node.next.set(k, (child = { next: new Map(), values: [] }));
      node = child;
    }
    if (!node.values.includes(value)) node.values.push(value);
  }

  /**
   * Answers for the last token array asked about: the rules ask about the same position several
   * times. Token arrays are never changed once made, so the array's identity keys the memo.
   */
  private memoFor: Token[] | null = null;
  private memo: (PhraseMatch<T> | null | undefined)[] = [];

  /** Longest phrase starting at tokens[i]; words must be whole tokens so "US" never matches "USA". */
  longest(tokens: Token[], i: number): PhraseMatch<T> | null {
    if (tokens !== this.memoFor) {
      this.memoFor = tokens;
      this.memo = new Array<PhraseMatch<T> | null | undefined>(tokens.length + 1).fill(undefined);
    }
    let found = this.memo[i];
    if (found === undefined) {
      found = this.find(tokens, i);
      if (i >= 0 && i <= tokens.length) this.memo[i] = found;
    }
    return found;
  }

  private find(tokens: Token[], i: number): PhraseMatch<T> | null {
    const field = this.field;
    let node = this.root;
    let length = 0;
    let values: T[] | null = null;
    for (let j = i; j < tokens.length; j++) {
      const child = node.next.get(tokens[j]![field]);
      if (!child) break;
      node = child;
      if (node.values.length) {
        length = j - i + 1;
        values = node.values;
      }
    }
    return values ? { length, values } : null;
  }
}
