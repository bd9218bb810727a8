import { version } from '../package.json';
import { createDispatcher, type Dispatcher, type DispatcherOptions } from './api/dispatcher';
import { createHandlers } from './api/handlers';
import type { DeskFacts } from './api/handlers/services';
import { createServices, type Services, type ServicesOptions } from './services';
import { logsFolder } from './services/logging/logFile';

/*
 * The composition root: the one place that knows both the services and the API. It sits above
 * main/services (which never import main/api) and below the hosts that serve the API: main/app
 * over IPC, main/web over HTTP. Tests that go through the contract start here too.
 */

export type NewsdeskOptions = ServicesOptions &
  DispatcherOptions & {
    /** The desktop's native menu follows the window's state (absent in the web host). */
    onCommandState?: DeskFacts['onCommandState'];
  };

/** Where the main process writes its logs (and crash dumps): one rule, kept with the log file's set-up. */
export { logsFolder as logsFolderOf } from './services/logging/logFile';

export interface Newsdesk extends Services {
  /** Every contract operation, request and response zod-checked. */
  dispatcher: Dispatcher;
}

/** Opens the data folder's services and binds every contract operation to them. */
export async function createNewsdesk(options: NewsdeskOptions): Promise<Newsdesk> {
  const { onUnexpectedError, onCommandState, ...servicesOptions } = options;
  const services = await createServices(servicesOptions);
  const about = { version, dataFolder: options.dataDir, logsFolder: logsFolder(options.dataDir) };
  const handlers = createHandlers({ ...services, desk: { about, onCommandState } });
  const dispatcher = createDispatcher(handlers, { onUnexpectedError });
  return { ...services, dispatcher };
}
