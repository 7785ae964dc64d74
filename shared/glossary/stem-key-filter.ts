import { STEM_PREFIXES, matchingKey, stemBases } from '../text';

const HE = 0x0647; // ه
const E = 0x06d5; // ە

interface KeyNode {
  readonly next: Map<number, KeyNode>;
  /** A key ends here. */
  end: boolean;
}

const newNode = (): KeyNode => ({ next: new Map(), end: false });

/**
 * Whether a word can have a stem whose matching key is one of a few known keys (a glossary's term
 * words), without stemming it. A stem is a base of the word (`stemBases`) less suffixes, and the
 * key of a base's beginning is the beginning of the base's key, but for its last letter (ه there
 * is ە at the end of a stem). So a word none of whose bases' keys begins with a known key (or
 * with one ending in ە where the base has ه) has no such stem: most words, which then need no
 * stemming. Only a filter: the stems of a word that passes are found and looked up as before.
 */
export class StemKeyFilter {
  private readonly root = newNode();

  constructor(keys: Iterable<string>) {
    for (const key of keys) {
      let node = this.root;
      for (let i = 0; i < key.length; i++) {
        const code = key.charCodeAt(i);
        let child = node.next.get(code);
        if (!child) node.next.set(code, (child = newNode()));
        node = child;
      }
      node.end = true;
    }
  }

  /** `key` is the word's matching key, the key of its first base. */
  mayHaveStemAmong(word: string, key: string): boolean {
    if (this.beginsWithKey(key)) return true;
    // A base without بە or لە is there only where the display form, and so the key, begins with one.
    if (!STEM_PREFIXES.some((prefix) => key.startsWith(prefix))) return false;
    return stemBases(word).some(({ prefix, body }) => prefix !== '' && this.beginsWithKey(matchingKey(body)));
  }

  private beginsWithKey(key: string): boolean {
    let node: KeyNode | undefined = this.root;
    for (let i = 0; i < key.length && node; i++) {
      const code = key.charCodeAt(i);
      if (code === HE && node.next.get(E)?.end) return true;
      node = node.next.get(code);
      if (node?.end) return true;
    }
    return false;
  }
}
