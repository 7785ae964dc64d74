import { useCallback, useState } from 'react';

/**
 * Runs a form's actions and keeps the last one's failure (for an ErrorBanner under the form),
 * cleared as each action starts.
 */
export function useAttempt(): { readonly failure: unknown; attempt(action: () => Promise<void>): Promise<void> } {
  const [failure, setFailure] = useState<unknown>(null);
  const attempt = useCallback(async (action: () => Promise<void>): Promise<void> => {
    setFailure(null);
    try {
      await action();
    } catch (error) {
      setFailure(error);
    }
  }, []);
  return { failure, attempt };
}
