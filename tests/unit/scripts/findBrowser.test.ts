/**
 * Finding Chrome or Chromium (scripts/findBrowser.ts) on each platform, with a made-up platform,
 * environment and set of installed files: CHROMIUM_PATH first, then the usual install paths, and when
 * nothing is installed a first line that says what to install and how.
 */
import { describe, expect, it } from "vitest";
import { findBrowser } from "../../../scripts/findBrowser.ts";

/** A file test that knows only these files. */
const installed =
  (...files: string[]) =>
  (file: string) =>
    files.includes(file);

describe("findBrowser", () => {
  it("Linux: finds Debian's Chromium, Ubuntu's chromium-browser, Google Chrome or the snap", () => {
    for (const file of ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable", "/snap/bin/chromium"]) {
      expect(findBrowser({ platform: "linux", env: {}, exists: installed(file) })).toEqual({ found: true, path: file });
    }
  });

  it("Linux: prefers Chromium to Google Chrome when both are installed", () => {
    const search = findBrowser({ platform: "linux", env: {}, exists: installed("/usr/bin/google-chrome", "/usr/bin/chromium") });
    expect(search).toEqual({ found: true, path: "/usr/bin/chromium" });
  });

  it("macOS: finds Google Chrome or Chromium in Applications", () => {
    const chrome = "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome";
    const chromium = "/Applications/Chromium.app/Contents/MacOS/Chromium";
    const mine = "/Users/ana/Applications/Google Chrome.app/Contents/MacOS/Google Chrome";
    expect(findBrowser({ platform: "darwin", env: {}, exists: installed(chrome) })).toEqual({ found: true, path: chrome });
    expect(findBrowser({ platform: "darwin", env: {}, exists: installed(chromium) })).toEqual({ found: true, path: chromium });
    expect(findBrowser({ platform: "darwin", env: { HOME: "/Users/ana" }, exists: installed(mine) })).toEqual({ found: true, path: mine });
    // Linux paths mean nothing on a Mac.
    expect(findBrowser({ platform: "darwin", env: {}, exists: installed("/usr/bin/chromium") }).found).toBe(false);
  });

  it("Windows: finds chrome.exe in Program Files, Program Files (x86) or the user's LOCALAPPDATA", () => {
    const env = { PROGRAMFILES: "C:\\Program Files", "PROGRAMFILES(X86)": "C:\\Program Files (x86)", LOCALAPPDATA: "C:\\Users\\ana\\AppData\\Local" };
    for (const file of [
      "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe",
      "C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe",
      "C:\\Users\\ana\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe",
    ]) {
      expect(findBrowser({ platform: "win32", env, exists: installed(file) })).toEqual({ found: true, path: file });
    }
    // With no variables set, the default Program Files folder is still looked in.
    const standard = "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe";
    expect(findBrowser({ platform: "win32", env: {}, exists: installed(standard) })).toEqual({ found: true, path: standard });
  });

  it("CHROMIUM_PATH overrides the usual paths, and says so when it points at nothing", () => {
    const exists = installed("/usr/bin/chromium", "/opt/my-chrome/chrome");
    expect(findBrowser({ platform: "linux", env: { CHROMIUM_PATH: "/opt/my-chrome/chrome" }, exists })).toEqual({ found: true, path: "/opt/my-chrome/chrome" });
    const missing = findBrowser({ platform: "linux", env: { CHROMIUM_PATH: "/opt/gone/chrome" }, exists });
    // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- vitest types asymmetric matchers as any
    expect(missing).toEqual({ found: false, message: expect.stringMatching(/^CHROMIUM_PATH is set to \/opt\/gone\/chrome, but there is no file there/) });
  });

  it("with no browser, the first line says which one to install and how, on each platform", () => {
    const firstLine = (platform: string) => {
      const search = findBrowser({ platform, env: {}, exists: () => false });
      if (search.found) throw new Error("found a browser where none is installed");
      return search.message.split("\n")[0]!;
    };
    expect(firstLine("linux")).toBe(
      'No Chrome or Chromium found: install Chromium (on Debian or Ubuntu: "sudo apt-get install -y chromium"), or set CHROMIUM_PATH to the browser\'s program.',
    );
    expect(firstLine("darwin")).toMatch(/^No Chrome or Chromium found: install Google Chrome \(https:\/\/www\.google\.com\/chrome\/.*or set CHROMIUM_PATH/);
    expect(firstLine("win32")).toMatch(
      /^No Chrome or Chromium found: install Google Chrome \(https:\/\/www\.google\.com\/chrome\/.*winget install Google\.Chrome.*or set CHROMIUM_PATH/,
    );
    // The next line lists where it looked.
    const linux = findBrowser({ platform: "linux", env: {}, exists: () => false });
    expect(!linux.found && linux.message.split("\n")[1]).toMatch(/^Looked in: \/usr\/bin\/chromium, /);
  });
});
