/**
 * A request asked again and again (a poll, a refresh after a change) whose answers may come back out
 * of order: every caller gets the answer to the latest request asked, so a slow poll never puts back
 * a list older than one already shown.
 */
export function latestOnly<T>(ask: () => Promise<T>): () => Promise<T> {
  let latest: Promise<T> | undefined;
  return async () => {
    let current = ask();
    latest = current;
    let answer = await current;
    // Asked again meanwhile: that answer is the newer one.
    while (latest !== current) {
      current = latest;
      answer = await current;
    }
    return answer;
  };
}
