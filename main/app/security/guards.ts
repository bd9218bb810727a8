import { isRendererUrl, type RendererLocation } from '../rendererLocation';
import { isWebLink } from './policy';

/*
 * Every security decision the window's web contents and session ask main for, as plain functions
 * built once by the app (securityModules.ts registers them with Electron). No 'electron' import:
 * the hostile tests call these very objects with 200+ URLs and requests under Node.
 */

/** What a guard needs to know about a web contents: is it one of our windows, and what it shows. */
/** The one permission our page uses: writing sanitized text to the clipboard (copy). */
export const ALLOWED_PERMISSIONS = ['clipboard-sanitized-write'] as const;

export interface ContentsFacts {
  getURL(): string;
}

export interface GuardDeps {
  renderer: RendererLocation;
  /** The window factory's answer (window.ts): web contents we did not make get nothing. */
  isAppWindow(contents: ContentsFacts): boolean;
  /** shell.openExternal: reached only with an http(s) link. */
  openExternal(url: string): Promise<void>;
  /** Permissions our renderer may have; every other one is refused. */
  allowPermissions: readonly string[];
  warn(message: string): void;
}

export interface PreventableEvent {
  preventDefault(): void;
}

export interface NavigationEvent extends PreventableEvent {
  url: string;
}

export interface Guards {
  /** will-navigate, will-frame-navigate, will-redirect: only our renderer's pages. */
  navigation(kind: string): (event: NavigationEvent) => void;
  /** setWindowOpenHandler: never a window; web links go to the system browser. */
  windowOpen(details: { url: string }): { action: 'deny' };
  /** will-attach-webview: never. */
  attachWebview(event: PreventableEvent): void;
  /** setPermissionRequestHandler. */
  permissionRequest(
    contents: ContentsFacts,
    permission: string,
    callback: (granted: boolean) => void,
    details: { requestingUrl?: string },
  ): void;
  /** setPermissionCheckHandler. */
  permissionCheck(contents: ContentsFacts | null, permission: string): boolean;
  /** setDevicePermissionHandler (USB, HID, serial, Bluetooth): never. */
  devicePermission(): boolean;
}

export function createGuards(deps: GuardDeps): Guards {
  const allowed = new Set(deps.allowPermissions);
  const ours = (contents: ContentsFacts | null, url: string | undefined) =>
    contents !== null && deps.isAppWindow(contents) && url !== undefined && isRendererUrl(url, deps.renderer);
  return {
    navigation: (kind) => (event) => {
      if (isRendererUrl(event.url, deps.renderer)) return;
      event.preventDefault();
      deps.warn(`blocked ${kind} to ${event.url}`);
    },
    windowOpen: ({ url }) => {
      if (isWebLink(url)) {
        deps
          .openExternal(url)
          .catch((error: unknown) => deps.warn(`could not open ${url} in the browser: ${String(error)}`));
      } else {
        deps.warn(`refused to open ${url}`);
      }
      return { action: 'deny' };
    },
    attachWebview: (event) => {
      event.preventDefault();
      deps.warn('refused a <webview>');
    },
    permissionRequest: (contents, permission, callback, details) => {
      callback(allowed.has(permission) && ours(contents, details.requestingUrl));
    },
    permissionCheck: (contents, permission) => allowed.has(permission) && ours(contents, contents?.getURL()),
    devicePermission: () => false,
  };
}
