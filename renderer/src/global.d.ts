import type { NewsdeskApi } from '../../shared/contract';

declare global {
  interface Window {
    /** Set by the preload (Electron) or the web bridge (loopback host) before the app starts. */
    readonly newsdesk: NewsdeskApi;
  }
}

export {};
