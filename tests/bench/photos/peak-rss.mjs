// Loaded with `node --import` by photos.bench.ts: on exit, writes the process's peak resident
// memory (getrusage maxRSS, in KiB; libvips' threads included) to $NEWSDESK_PEAK_RSS_FILE.
import { writeFileSync } from 'node:fs';

const target = process.env.NEWSDESK_PEAK_RSS_FILE;
if (target) process.on('exit', () => writeFileSync(target, String(process.resourceUsage().maxRSS)));
