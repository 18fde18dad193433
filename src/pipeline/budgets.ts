/**
 * Page-weight budgets, measured as gzipped sizes of the built files (deterministic, unlike timings):
 * readers on weak mobile connections should get each page, with its CSS, in the first round trip.
 */
import { gzipSync } from "node:zlib";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

export const defaultBudgets = {
  /** Each HTML page, gzipped (about the first TCP round trip, 14 KB). */
  htmlPageKb: 14,
  /** All CSS, gzipped. */
  cssKb: 10,
  /** The site's own JavaScript (page script and search script), gzipped. */
  ownJsKb: 8,
  /** What the service worker downloads on install for the default content (uncompressed). */
  installKb: 1024,
};
export type Budgets = typeof defaultBudgets;

export interface BudgetProblem {
  file: string;
  message: string;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gzipped = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;

async function allFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)));
}

/** The precache entries workbox-build wrote into sw.js, as `{"revision":…,"url":"…"}` objects: every install list's, once each. */
export function precacheUrls(serviceWorker: string): string[] {
  return [...new Set(precacheLists(serviceWorker).flat())];
}

/** Each install list in sw.js (one per reader language, in the order they appear), as its URLs. */
export function precacheLists(serviceWorker: string): string[][] {
  const lists: string[][] = [];
  for (const match of serviceWorker.matchAll(/\[(?:\{"revision":(?:"[^"]*"|null),"url":"[^"]+"\},?)+\]/g)) {
    lists.push([...match[0].matchAll(/"url":"([^"]+)"/g)].map((entry) => entry[1]!));
  }
  return lists;
}

function headOf(html: string): string {
  return html.slice(0, html.indexOf("</head>"));
}

export async function checkBudgets(site: string, budgets: Budgets = defaultBudgets): Promise<BudgetProblem[]> {
  const problems: BudgetProblem[] = [];
  const files = await allFiles(site);
  let cssBytes = 0;
  let ownJsBytes = 0;

  for (const file of files) {
    const bytes = await readFile(path.join(site, file));
    if (file.endsWith(".css")) cssBytes += gzipped(bytes);
    if (file.startsWith(`assets${path.sep}`) && file.endsWith(".js")) ownJsBytes += gzipped(bytes);
    if (!file.endsWith(".html")) continue;

    const html = bytes.toString("utf8");
    const size = gzipped(bytes);
    if (size > budgets.htmlPageKb * 1024) problems.push({ file, message: `is ${kb(size)} gzipped (budget ${budgets.htmlPageKb} KB)` });

    const head = headOf(html);
    const stylesheets = head.match(/<link[^>]+rel="stylesheet"[^>]*>/g) ?? [];
    if (stylesheets.length > 1) problems.push({ file, message: `loads ${stylesheets.length} stylesheets (budget: one)` });
    for (const script of html.match(/<script\b[^>]*>/g) ?? []) {
      const blocking = !/type="(module|application\/ld\+json)"/.test(script) && !/\b(defer|async)\b/.test(script);
      if (blocking) problems.push({ file, message: `has a render-blocking script: ${script}` });
    }
    for (const image of html.match(/<img\b[^>]*>/g) ?? []) {
      if (!/\bwidth="\d+"/.test(image) || !/\bheight="\d+"/.test(image)) problems.push({ file, message: `has an image without width and height: ${image}` });
    }
    if (/<link[^>]+rel="preload"[^>]+as="font"/.test(head)) problems.push({ file, message: "preloads a web font (system fonts only)" });
  }

  if (cssBytes > budgets.cssKb * 1024) problems.push({ file: "*.css", message: `CSS is ${kb(cssBytes)} gzipped in all (budget ${budgets.cssKb} KB)` });
  if (ownJsBytes > budgets.ownJsKb * 1024)
    problems.push({ file: "assets/*.js", message: `the site's own JavaScript is ${kb(ownJsBytes)} gzipped (budget ${budgets.ownJsKb} KB)` });
  const fontFiles = files.filter((file) => /\.(woff2?|ttf|otf)$/.test(file));
  if (fontFiles.length > 1) problems.push({ file: fontFiles.join(", "), message: "more than one font file (budget: system fonts or one self-hosted font)" });

  const serviceWorker = await readFile(path.join(site, "sw.js"), "utf8").catch(() => "");
  // A reader downloads one install list, their language's: the largest is the one to keep in budget.
  let installBytes = 0;
  for (const list of precacheLists(serviceWorker)) {
    let bytes = 0;
    for (const url of list) {
      const file = url === "./" ? "index.html" : url.endsWith("/") ? `${url}index.html` : url;
      bytes += (await readFile(path.join(site, file)).catch(() => Buffer.alloc(0))).length;
    }
    installBytes = Math.max(installBytes, bytes);
  }
  if (installBytes > budgets.installKb * 1024) {
    problems.push({ file: "sw.js", message: `the install download is ${kb(installBytes)} (budget ${budgets.installKb} KB)` });
  }
  return problems;
}
