import { createDispatcher, type Dispatcher, type DispatcherOptions } from './api/dispatcher';
import { createHandlers } from './api/handlers';
import { createServices, type Services, type ServicesOptions } from './services';

/*
 * The composition root: the one place that knows both the services and the API. It sits above
 * main/services (which never import main/api) and below the hosts that serve the API: main/app
 * over IPC, main/web over HTTP. Tests that go through the contract start here too.
 */

export type NewsdeskOptions = ServicesOptions & DispatcherOptions;

export interface Newsdesk extends Services {
  /** Every contract operation, request and response zod-checked. */
  dispatcher: Dispatcher;
}

/** Opens the data folder's services and binds every contract operation to them. */
export async function createNewsdesk(options: NewsdeskOptions): Promise<Newsdesk> {
  const { onUnexpectedError, ...servicesOptions } = options;
  const services = await createServices(servicesOptions);
  const dispatcher = createDispatcher(createHandlers(services), { onUnexpectedError });
  return { ...services, dispatcher };
}
