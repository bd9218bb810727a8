/**
 * The storage kit every store writes through (drafts, photos, templates, the sync outbox):
 * atomic durable writes, one temp-file name a sweep can recognise, a per-key queue and a bounded
 * cache. Plain Node; the file system comes in as an argument so tests can inject faults.
 */
export { BoundedMap } from './BoundedMap';
export { syncDirectory, writeFileAtomic, writeNewFile, type FileContent, type WriteOptions } from './atomicWrite';
export { exists, realFs, type StoreFs } from './fs';
export { KeyedQueue, mapLimit } from './KeyedQueue';
export { isTempName, tempNameFor } from './tempName';
