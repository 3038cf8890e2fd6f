/**
 * What dispatch() knows of the caller: the URL of the frame that sent the message and whether it
 * is the top-level frame. Electron's `event.senderFrame` and the test host both map onto this.
 */
export type SenderInfo = { url: string; isMainFrame: boolean } | null;

export const APP_ORIGIN = 'app://casefile';

/**
 * Only the app's own top-level page may call the main process: a subframe, a page that navigated
 * elsewhere, or a destroyed frame (null) is refused. `trustedOrigin` is `app://casefile` in
 * Electron and the loopback origin in the test host.
 */
export function isTrustedSender(sender: SenderInfo, trustedOrigin: string = APP_ORIGIN): boolean {
  if (!sender || !sender.isMainFrame) return false;
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return false;
  }
  // URL.origin is "null" for non-special schemes such as app:, so compare scheme and host.
  let trusted: URL;
  try {
    trusted = new URL(trustedOrigin);
  } catch {
    return false;
  }
  return (
    url.protocol === trusted.protocol &&
    url.host === trusted.host &&
    url.username === '' &&
    url.password === ''
  );
}
