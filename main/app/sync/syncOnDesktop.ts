import type { EventPayloadOf } from '../../../shared/contract';
import type { Newsdesk } from '../../compose';
import type { AppModule } from '../AppModule';
import { watchNetwork, type NetworkFacts } from './networkWatch';
import { SendNotifications, type Language, type NotificationClass } from './sendNotifications';

export interface SyncOnDesktopOptions {
  services: () => Promise<Newsdesk>;
  Notification: NotificationClass;
  network: NetworkFacts;
  /** When the reporter did not choose one in Settings: the UI language the window reported (the system's until then). */
  windowLanguage: () => Language;
}

/** The outbox's desktop side: notifications when a send ends, and the network coming back. */
export function syncOnDesktop(options: SyncOnDesktopOptions): AppModule {
  return {
    async init() {
      const { bus, sync, settings } = await options.services();
      const language = (): Language => settings.get().language ?? options.windowLanguage();
      const notifications = new SendNotifications(options.Notification, language);
      bus.subscribe((event, payload) => {
        // The bus parsed the payload against the contract before it got here.
        if (event === 'sync.changed') notifications.jobChanged((payload as EventPayloadOf<'sync.changed'>).job);
      });
      watchNetwork(options.network, sync.worker);
    },
  };
}
