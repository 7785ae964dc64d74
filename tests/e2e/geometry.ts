import type { Page } from '@playwright/test';

/** Where a word is drawn inside an element (its first occurrence in the element's text nodes). */
export async function wordBox(page: Page, selector: string, word: string): Promise<{ left: number; right: number } | null> {
  return page.evaluate(
    ([cellSelector, needle]) => {
      const root = document.querySelector(cellSelector as string);
      if (!root) return null;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node.textContent ?? '').indexOf(needle as string);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + (needle as string).length);
        const rect = range.getBoundingClientRect();
        return { left: rect.left, right: rect.right };
      }
      return null;
    },
    [selector, word],
  );
}
