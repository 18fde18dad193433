/**
 * Finds an installed Chrome or Chromium for the browser tests and for pa11y's Puppeteer (`.puppeteerrc.cjs`):
 * `CHROMIUM_PATH` if set, else the usual install paths on Linux, macOS and Windows. A pure function of the
 * platform, the environment and a file test, so it is tested without any browser. Nothing is downloaded.
 */
import path from "node:path";

export interface BrowserLookup {
  platform: string;
  env: Readonly<Record<string, string | undefined>>;
  exists: (file: string) => boolean;
}

export type BrowserSearch = { found: true; path: string } | { found: false; message: string };

/** Where Chrome and Chromium are usually installed, most likely first. */
export function browserCandidates(platform: string, env: BrowserLookup["env"]): string[] {
  if (platform === "darwin") {
    const apps = ["/Applications", ...(env.HOME ? [path.posix.join(env.HOME, "Applications")] : [])];
    return apps.flatMap((folder) => [
      path.posix.join(folder, "Google Chrome.app/Contents/MacOS/Google Chrome"),
      path.posix.join(folder, "Chromium.app/Contents/MacOS/Chromium"),
    ]);
  }
  if (platform === "win32") {
    const folders = [
      env.PROGRAMFILES ?? env.ProgramFiles ?? "C:\\Program Files",
      env["PROGRAMFILES(X86)"] ?? env["ProgramFiles(x86)"] ?? "C:\\Program Files (x86)",
      env.LOCALAPPDATA,
    ].filter((folder): folder is string => Boolean(folder));
    return [
      ...folders.map((folder) => path.win32.join(folder, "Google\\Chrome\\Application\\chrome.exe")),
      ...(env.LOCALAPPDATA ? [path.win32.join(env.LOCALAPPDATA, "Chromium\\Application\\chrome.exe")] : []),
    ];
  }
  return [
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/usr/bin/google-chrome",
    "/usr/bin/google-chrome-stable",
    "/snap/bin/chromium",
    "/opt/google/chrome/chrome",
  ];
}

/** What to install, and how, on this platform (the first line a maintainer reads when no browser is found). */
export function installAdvice(platform: string): string {
  const override = "or set CHROMIUM_PATH to the browser's program";
  if (platform === "darwin") {
    return `No Chrome or Chromium found: install Google Chrome (https://www.google.com/chrome/, or "brew install --cask google-chrome"), ${override}.`;
  }
  if (platform === "win32") {
    return `No Chrome or Chromium found: install Google Chrome (https://www.google.com/chrome/, or "winget install Google.Chrome"), ${override}.`;
  }
  return `No Chrome or Chromium found: install Chromium (on Debian or Ubuntu: "sudo apt-get install -y chromium"), ${override}.`;
}

export function findBrowser({ platform, env, exists }: BrowserLookup): BrowserSearch {
  const override = env.CHROMIUM_PATH;
  if (override) {
    return exists(override)
      ? { found: true, path: override }
      : { found: false, message: `CHROMIUM_PATH is set to ${override}, but there is no file there: point it at Chrome or Chromium, or unset it.` };
  }
  const candidates = browserCandidates(platform, env);
  const file = candidates.find((candidate) => exists(candidate));
  if (file) return { found: true, path: file };
  return { found: false, message: `${installAdvice(platform)}\nLooked in: ${candidates.join(", ")}` };
}
