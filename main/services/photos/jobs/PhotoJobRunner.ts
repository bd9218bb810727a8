import type { ImportProgress, PhotoImportResult, PhotoRecord } from '../../../../shared/article/photo';
import type { DevelopedPhoto } from '../develop';
import type { PhotoOptions } from '../options';

/** One photo of a batch, as the pipeline takes it: the file, what messages call it, the GPS choice. */
export interface PhotoJobItem {
  path: string;
  name: string;
  keepGps?: boolean;
}

export interface ImportBatchJob {
  draftDir: string;
  items: PhotoJobItem[];
  /** The batch's whole settings: every photo of a batch is made alike. */
  settings: PhotoOptions;
}

export interface ImportBatchOptions {
  signal?: AbortSignal;
  /** After every photo, in the order they finish. */
  onProgress?: (progress: ImportProgress & { result: PhotoImportResult }) => void;
}

/**
 * Where the heavy photo work runs: decoding, encoding and writing a batch's files, and making a
 * photo's renditions again after the desk's edits. PhotosService does it in its own process when
 * it has no runner; PhotoWorkerPool does it in a separate process (child_process.fork under plain
 * Node, Electron's utilityProcess in the app) so the window's process never stalls and a batch's
 * memory goes back to the system when the process ends. The records the desk edits stay with
 * PhotosService in the main process: only it writes a record after an import.
 */
export interface PhotoJobRunner {
  /** Results in the items' order; a photo the worker could not finish fails alone ('interrupted'). */
  importBatch(job: ImportBatchJob, options?: ImportBatchOptions): Promise<PhotoImportResult[]>;
  /** A photo's renditions made again from its stored original with the record's words. */
  redevelop(draftDir: string, record: PhotoRecord, settings: PhotoOptions): Promise<DevelopedPhoto>;
  /** Stops the worker once the jobs in flight are done. */
  close(): Promise<void>;
}
