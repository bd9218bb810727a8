// Reference (a) of photos.bench.ts: the least a sharp script must do for the same renditions.
// One shrink-on-load decode per photo to 2048 px, the smaller sizes resized from that raw
// buffer, JPEG q82, no metadata work; all photos at once (sharp's thread pool bounds the work).
// Usage: node minimal-sharp.mjs <out folder> <photos…>
import path from 'node:path';
import sharp from 'sharp';

const [out, ...files] = process.argv.slice(2);
const widths = [2048, 1280, 640, 320];

async function renditions(file) {
  const { data, info } = await sharp(file)
    .autoOrient()
    .resize({ width: widths[0], withoutEnlargement: true })
    .raw()
    .toBuffer({ resolveWithObject: true });
  const raw = { raw: { width: info.width, height: info.height, channels: info.channels } };
  const name = path.parse(file).name;
  await Promise.all(
    widths.map((width) =>
      sharp(data, raw)
        .resize({ width, withoutEnlargement: true })
        .jpeg({ quality: 82 })
        .toFile(path.join(out, `${name}.${width}.jpg`)),
    ),
  );
}

await Promise.all(files.map(renditions));
