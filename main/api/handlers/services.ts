import type { CommandState } from '../../../shared/commands/commands';
import type { DraftsService } from '../../services/drafts/DraftsService';
import type { PhotoDesk } from '../../services/photos/PhotoDesk';
import type { SettingsService } from '../../services/settings/SettingsService';
import type { SyncService } from '../../services/sync/SyncService';
import type { TemplatesService } from '../../services/templates/TemplatesService';

/** What the host around the services adds: the desktop's menu, the About facts. */
export interface DeskFacts {
  about: { version: string; dataFolder: string; logsFolder: string };
  /** Electron's menu follows the window's state; the web host has no native menu (absent). */
  onCommandState?: (state: CommandState) => void;
}

/** What the handlers need from the services: the composition root passes them in. */
export interface HandlerServices {
  drafts: DraftsService;
  photoDesk: PhotoDesk;
  settings: SettingsService;
  sync: SyncService;
  templates: TemplatesService;
  /** Where the renderer loads renditions from; answered by app.info. */
  mediaBase: string;
  /** Absent in tests that bind handlers straight to the services. */
  desk?: DeskFacts;
}
