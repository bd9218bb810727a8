#!/usr/bin/env node
// `npm run web`: the loopback web host (out/main/web.js, built first by the npm script), with
// glibc's malloc set so the memory an import takes in is given back (see glibcMalloc.mjs).
import { HOST_MALLOC, needsRerun, rerunWith, stopWithParent } from './glibcMalloc.mjs';

if (needsRerun(HOST_MALLOC)) {
  rerunWith(HOST_MALLOC);
} else {
  stopWithParent();
  await import('../out/main/web.js');
}
