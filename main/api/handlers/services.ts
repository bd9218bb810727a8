import type { DraftsService } from '../../services/drafts/DraftsService';
import type { PhotoDesk } from '../../services/photos/PhotoDesk';
import type { SettingsService } from '../../services/settings/SettingsService';
import type { SyncService } from '../../services/sync/SyncService';
import type { TemplatesService } from '../../services/templates/TemplatesService';

/** What the handlers need from the services: the composition root passes them in. */
export interface HandlerServices {
  drafts: DraftsService;
  photoDesk: PhotoDesk;
  settings: SettingsService;
  sync: SyncService;
  templates: TemplatesService;
  /** Where the renderer loads renditions from; answered by app.info. */
  mediaBase: string;
}
