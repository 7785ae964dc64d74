import { describe, expect, it } from 'vitest';
import { latestOnly } from '../../renderer/api/latest-only';

/** A request answered when the test says so. */
function held<T>(): { promise: Promise<T>; answer(value: T): void; refuse(error: Error): void } {
  let answer = (_value: T): void => undefined;
  let refuse = (_error: Error): void => undefined;
  const promise = new Promise<T>((resolve, reject) => {
    answer = resolve;
    refuse = reject;
  });
  return { promise, answer, refuse };
}

describe('latestOnly', () => {
  it('gives every caller the answer to the latest request, whichever order the answers arrive in', async () => {
    const requests = [held<string>(), held<string>(), held<string>()];
    let asked = 0;
    const list = latestOnly(() => (requests[asked++] as ReturnType<typeof held<string>>).promise);
    const first = list(); // a poll, slow to come back
    const second = list(); // the refresh after a project was created
    requests[1]?.answer('with the new project');
    requests[0]?.answer('before the new project');
    expect(await first).toBe('with the new project');
    expect(await second).toBe('with the new project');
    // Asked again while the earlier caller waits: it waits for that newer answer.
    const third = list();
    requests[2]?.answer('later still');
    expect(await third).toBe('later still');
    expect(asked).toBe(3);
  });

  it('passes on the refusal of the latest request to the callers waiting for it', async () => {
    const requests = [held<string>(), held<string>()];
    let asked = 0;
    const list = latestOnly(() => (requests[asked++] as ReturnType<typeof held<string>>).promise);
    const first = list();
    const second = list();
    requests[0]?.answer('old');
    requests[1]?.refuse(new Error('host gone'));
    await expect(first).rejects.toThrow('host gone');
    await expect(second).rejects.toThrow('host gone');
  });
});
