import type { App } from 'electron';
import type { AppContext, AppModule } from './AppModule';

/**
 * Starts modules one after another, in the order given: security rules and IPC handlers are in
 * place before the first window loads. Await the runner to learn whether startup failed.
 */
export class ModuleRunner implements PromiseLike<void> {
  private started: Promise<void> = Promise.resolve();
  private readonly context: AppContext;

  constructor(app: App) {
    this.context = { app };
  }

  init(module: AppModule): this {
    this.started = this.started.then(() => module.init(this.context));
    return this;
  }

  then<A = void, B = never>(
    onFulfilled?: ((value: void) => A | PromiseLike<A>) | null,
    onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): PromiseLike<A | B> {
    return this.started.then(onFulfilled, onRejected);
  }
}

export const createModuleRunner = (app: App) => new ModuleRunner(app);
