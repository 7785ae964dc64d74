// What the Electron window may load and open. Kept apart from main.ts (which needs the Electron
// binary) so that tests can check it.

/** The renderer's Content-Security-Policy: the same as the meta tag of renderer/index.html (a test holds them equal). */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; font-src 'self' data:; img-src 'self' data:; " +
  "worker-src 'self' blob:; connect-src 'self'; base-uri 'none'; form-action 'none'";

/**
 * Links the app itself shows and may hand to the system browser (documentation, licences). None
 * today: a link inside a translated document is never opened, whatever it says.
 */
const APP_LINKS: ReadonlySet<string> = new Set<string>([]);

export function isAppLink(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (parsed.protocol === 'https:' || parsed.protocol === 'http:') && APP_LINKS.has(parsed.href);
}
