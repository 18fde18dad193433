/** The installed Chrome or Chromium (see findBrowser.ts), driven by playwright-core: no browser is downloaded. */
import { chromium, type Browser } from "playwright-core";
import { existsSync } from "node:fs";
import { findBrowser } from "./findBrowser.ts";

const search = findBrowser({ platform: process.platform, env: process.env, exists: existsSync });

/** The browser's program, or undefined when none is installed (`requireChromium` then says what to install). */
export const chromiumPath: string | undefined = search.found ? search.path : undefined;

/** The browser's program; throws, with what to install and how, when there is none. */
export function requireChromium(): string {
  if (!search.found) throw new Error(search.message);
  return search.path;
}

/** Flags for Chromium as root on a machine with no internet (used by pa11y's Puppeteer too). */
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: requireChromium(), args: chromiumArgs, headless: true });
}
