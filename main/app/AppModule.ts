import type { App } from 'electron';

export interface AppContext {
  readonly app: App;
}

/** One concern of the shell (a window, a security rule, the IPC wiring), started once. */
export interface AppModule {
  init(context: AppContext): void | Promise<void>;
}
