// electron-builder `afterPack` (electron-builder.yml): the packed app holds the sharp binaries of
// the platform and architecture it is built for, and no other. npm installs only the running
// Node's (@img/sharp-<platform>-<arch>), so `dist:mac` on Apple silicon would otherwise make an
// Intel DMG carrying arm64 sharp — an app that cannot open a photo. That build stops here with
// what to do; another architecture's binaries installed beside (for the other DMG) are taken out
// before signing. CommonJS: electron-builder require()s its hooks.
const { existsSync, readdirSync, rmSync } = require('node:fs');
const path = require('node:path');

/** electron-builder's Arch enum (builder-util). */
const ARCH_NAMES = { 0: 'ia32', 1: 'x64', 2: 'arm', 3: 'arm64', 4: 'universal' };

/** A sharp binary package: sharp-<platform>-<arch> or sharp-libvips-<platform>-<arch>. */
const BINARY = /^sharp-(?:libvips-)?([a-z0-9]+)-([a-z0-9]+)$/;

/**
 * Checks `imgDir` (the packed node_modules/@img) for `platform`-`arch`'s sharp and libvips, and
 * removes every other platform's or architecture's. Returns the names removed; throws, naming
 * the fix, when the build's own are missing.
 */
function sharpForArch({ imgDir, platform, arch }) {
  if (arch === 'universal')
    throw new Error(
      'A universal macOS build would need both architectures of sharp in one app: build x64 and arm64 DMGs.',
    );
  const own = [`sharp-${platform}-${arch}`, ...(platform === 'win32' ? [] : [`sharp-libvips-${platform}-${arch}`])];
  const present = existsSync(imgDir) ? readdirSync(imgDir) : [];
  const missing = own.filter((name) => !present.includes(name));
  if (missing.length > 0)
    throw new Error(
      `This ${platform}-${arch} build has no ${missing.map((m) => `@img/${m}`).join(' or ')}: npm installed sharp ` +
        `for ${process.platform}-${process.arch} only. Build it on a ${platform}-${arch} machine, or first run ` +
        `\`npm install --no-save --os=${platform} --cpu=${arch} sharp\` (npm 10+).`,
    );
  const removed = present.filter((name) => BINARY.test(name) && !own.includes(name));
  for (const name of removed) rmSync(path.join(imgDir, name), { recursive: true, force: true });
  return removed;
}

/** Where the packed app's unpacked node_modules/@img is, per platform. */
function imgDirOf(context) {
  const resources =
    context.electronPlatformName === 'darwin'
      ? path.join(context.appOutDir, `${context.packager.appInfo.productFilename}.app`, 'Contents', 'Resources')
      : path.join(context.appOutDir, 'resources');
  return path.join(resources, 'app.asar.unpacked', 'node_modules', '@img');
}

module.exports = async function afterPack(context) {
  const platform = context.electronPlatformName;
  const arch = ARCH_NAMES[context.arch] ?? String(context.arch);
  const removed = sharpForArch({ imgDir: imgDirOf(context), platform, arch });
  console.log(`  • sharp for ${platform}-${arch} only${removed.length > 0 ? `: removed ${removed.join(', ')}` : ''}`);
};
module.exports.sharpForArch = sharpForArch;
module.exports.imgDirOf = imgDirOf;
