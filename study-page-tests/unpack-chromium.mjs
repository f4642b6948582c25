// Unpacks the headless Chromium that the npm package @sparticuz/chromium ships inside itself
// (brotli-compressed, Linux x86-64) into one folder, for the study page's browser tests:
//
//   node unpack-chromium.mjs <folder>
//
// Maven runs it after `npm ci` (generate-test-resources). The folder gets `chromium`, its fonts
// and SwiftShader, and `al2023/lib`: the NSS libraries it links against, which Browser.java puts
// on the browser's LD_LIBRARY_PATH so that no system package is needed. The package unpacks into
// os.tmpdir() (/tmp/chromium by default); pointing TMPDIR at a staging folder makes the place
// deterministic. A folder already holding this version is kept; anything else is replaced.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const folder = process.argv[2];
if (!folder) {
  console.error("usage: node unpack-chromium.mjs <folder>");
  process.exit(2);
}
const target = resolve(folder);
const pkg = join(dirname(fileURLToPath(import.meta.url)), "node_modules", "@sparticuz", "chromium");
if (!existsSync(join(pkg, "package.json"))) {
  console.error(`No @sparticuz/chromium at ${pkg}: run npm ci in study-page-tests first.`);
  process.exit(1);
}
const version = JSON.parse(readFileSync(join(pkg, "package.json"), "utf8")).version;
const marker = join(target, "VERSION");
if (existsSync(marker) && readFileSync(marker, "utf8").trim() === version) {
  console.log(`Chromium from @sparticuz/chromium ${version} is unpacked at ${target}`);
  process.exit(0);
}

// Unpack next to the target, then move it in place: an interrupted run never leaves a folder that
// looks complete.
const staging = `${target}.partial-${process.pid}`;
rmSync(staging, { recursive: true, force: true });
mkdirSync(staging, { recursive: true });
process.env.TMPDIR = staging; // os.tmpdir(), where the package unpacks, reads it on every call
const { default: Chromium, inflate } = await import("@sparticuz/chromium");
const binary = await Chromium.executablePath();
if (binary !== join(staging, "chromium")) {
  throw new Error(`@sparticuz/chromium unpacked to ${binary}, expected ${staging}/chromium`);
}
await inflate(join(pkg, "bin", "al2023.tar.br")); // -> <staging>/al2023/lib
writeFileSync(join(staging, "VERSION"), `${version}\n`);
rmSync(target, { recursive: true, force: true });
renameSync(staging, target);
console.log(`Unpacked Chromium from @sparticuz/chromium ${version} to ${target}`);
