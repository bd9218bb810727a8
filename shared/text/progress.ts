/** Kept free of zod: the command line prints this and starts faster without loading schemas. */
export interface BatchProgress {
  done: number;
  total: number;
  failed: number;
}

/** "12/40 photos", "12/40 photos (2 failed)" — shown while a batch of photos is imported. */
export function formatImportProgress({ done, total, failed }: BatchProgress): string {
  return `${done}/${total} photos${failed > 0 ? ` (${failed} failed)` : ''}`;
}
