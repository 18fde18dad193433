/**
 * `npx tsx scripts/maskable-icon.ts`: regenerates `src/assets/icons/icon-maskable-512.png`, the icon the web
 * app manifest declares with `purpose: "maskable"`. Run it after changing `src/assets/icons/icon.svg`, and
 * commit the PNG (the build copies it; it does not run this script).
 *
 * A maskable icon is cropped by the home screen to any shape (circle, squircle, rounded square), so it must
 * be a full, opaque square with everything that matters inside the central safe zone: a circle whose
 * diameter is 80% of the icon. The artwork is `icon.svg` with its rounded background drawn square (no
 * transparent corners), in the same dark blue as the site's theme colour. Its white mark (the ring and
 * cross, at most 160 px from the centre of 512) already lies inside the safe zone (radius 204.8 px), so it
 * is left as drawn.
 *
 * The SVG is rendered by Debian's Chromium (the one the browser tests use, through playwright-core) at
 * exactly 512 x 512 CSS pixels and a device scale of 1; a screenshot has no alpha channel to leave empty.
 */
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { launchChromium } from "./browser.ts";
import { runCli } from "./cli.ts";

const iconFolder = path.resolve("src/assets/icons");
const sourceFile = path.join(iconFolder, "icon.svg");
const maskableIconFile = path.join(iconFolder, "icon-maskable-512.png");
const size = 512;

/** The artwork with its background square: the first `<rect>` (the background) loses its rounded corners. */
function squareBackground(svg: string): string {
  const background = /<rect\b[^>]*\bwidth="512"[^>]*\bheight="512"[^>]*>/.exec(svg);
  if (!background) throw new Error(`${sourceFile}: no 512 x 512 background <rect> found to square off`);
  const squared = background[0].replace(/\s(rx|ry)="[^"]*"/g, "");
  return svg.replace(background[0], squared).replace("<svg ", `<svg width="${size}" height="${size}" `);
}

async function main(): Promise<void> {
  const svg = squareBackground(await readFile(sourceFile, "utf8"));
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    await page.setContent(`<!doctype html><html><body style="margin:0">${svg}</body></html>`);
    const png = await page.screenshot({ type: "png", clip: { x: 0, y: 0, width: size, height: size } });
    await writeFile(maskableIconFile, png);
    console.log(`wrote ${path.relative(process.cwd(), maskableIconFile)} (${size} x ${size}, ${png.length} bytes)`);
  } finally {
    await browser.close();
  }
}

await runCli(main);
