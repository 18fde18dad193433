/**
 * Browser measurements on every page of the built site (its sitemap, plus `/offline/` and `/404.html`), in a
 * 320 px and a 1280 px wide window (Debian's Chromium through playwright-core; one browser for the whole file).
 *
 * On each page the reader-preferences panel is opened first, so its controls are measured too. Then:
 *
 * 1. No scrolling sideways: the page is no wider than the window (WCAG 1.4.10 Reflow; 320 px is 1280 px
 *    at 400% zoom). Also at 320 px with the "Larger" text and "Wide" spacing preferences, and at 1280 px
 *    with the text at 200% (WCAG 1.4.4 Resize Text).
 * 2. Target size: every visible link and control that is not inside a sentence is at least 44 x 44 CSS px.
 *    "Inside a sentence" is WCAG 2.5.8's inline exception, measured: the element is laid out `inline` and
 *    its nearest block container has words (letters or digits) besides the element's own text, e.g. a
 *    glossary link in a paragraph or a tag in "Topics: a, b". A radio button or checkbox is measured with
 *    its `<label>`, which is part of its target. Elements that are visually hidden until focused (the
 *    skip link) are measured when they have focus.
 * 3. Tab order: pressing Tab from the top of the page (at most once per focusable element, plus one)
 *    reaches every focusable element (one per radio group), the skip link first. They come in document
 *    order (and no element has a positive tabindex), and in reading order on screen: a stop never starts
 *    wholly above where the one before it ends, and on the same line it never starts to its left.
 * 4. Focus visible: each focused element has an outline (or box-shadow ring) at least 2 px wide whose
 *    colour has at least 3:1 contrast with the background around the element (WCAG 2.2 Focus Appearance).
 * 5. Focus not obscured: the focused element is on screen and does not overlap any `position: fixed` or
 *    `sticky` element it is not part of (the header is not sticky, so this guards against regressions).
 *
 * Colour contrast in every theme is measured by contrast.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, CDPSession, Page } from "playwright-core";
import { launchChromium } from "../../scripts/browser.ts";
import { allPagePaths, builtSitePath } from "../helpers/builtSite.ts";
import { startStaticServer, type StaticServer } from "../helpers/server.ts";

const minimumTarget = 44;
const widths = [320, 1280] as const;
const paths = await allPagePaths(builtSitePath());

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
  width: number;
  height: number;
}

interface FocusStop {
  description: string;
  domIndex: number;
  /** Where the element starts and ends on the page: its first and last line boxes (links can wrap). */
  first: Box;
  last: Box;
  isBody: boolean;
  problems: string[];
}

/**
 * Runs in the page. Everything it needs is inside it (it is sent to the browser as source). "static" measures
 * every control; "focus" inspects the element that has focus now; "record" makes every later focus change
 * run "focus" at that moment (the browser has already scrolled the element into view when `focusin` fires)
 * and keep the result in `window.__focusStops`, so a walk of many Tab presses needs no round trip per press.
 */
function inspectPage({ kind, minimum }: { kind: "static" | "focus" | "record"; minimum: number }): { problems: string[]; stop?: FocusStop } {
  if (kind === "record") {
    const recorder = window as unknown as { __focusStops: FocusStop[] };
    recorder.__focusStops = [];
    document.addEventListener(
      "focusin",
      () => {
        const { stop } = inspectPage({ kind: "focus", minimum });
        if (stop) recorder.__focusStops.push(stop);
      },
      true,
    );
    return { problems: [] };
  }

  const describe = (element: Element): string => {
    const tag = element.tagName.toLowerCase();
    const id = element.id ? `#${element.id}` : "";
    const classes = typeof element.className === "string" && element.className ? `.${element.className.trim().split(/\s+/).join(".")}` : "";
    const text = (element.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 40);
    const href = element.getAttribute("href");
    return `<${tag}${id}${classes}${href ? ` href="${href}"` : ""}>${text ? ` "${text}"` : ""}`;
  };
  const pageBox = (rect: DOMRect): Box => ({
    top: rect.top + window.scrollY,
    left: rect.left + window.scrollX,
    bottom: rect.bottom + window.scrollY,
    right: rect.right + window.scrollX,
    width: rect.width,
    height: rect.height,
  });
  const union = (a: DOMRect, b: DOMRect): DOMRect => {
    const left = Math.min(a.left, b.left);
    const top = Math.min(a.top, b.top);
    return new DOMRect(left, top, Math.max(a.right, b.right) - left, Math.max(a.bottom, b.bottom) - top);
  };
  const isVisuallyHidden = (element: Element): boolean => {
    const rect = element.getBoundingClientRect();
    if (rect.width <= 1 || rect.height <= 1) return true;
    return !element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
  };
  const blockDisplays = /^(block|flow-root|list-item|table-cell|table-caption|flex|grid|table)$/;
  const blockContainer = (element: Element): Element => {
    let node = element.parentElement;
    while (node && !blockDisplays.test(getComputedStyle(node).display)) node = node.parentElement;
    return node ?? document.body;
  };
  const isInline = (element: Element): boolean => {
    if (getComputedStyle(element).display !== "inline") return false;
    const own = (element.textContent ?? "").trim();
    const all = (blockContainer(element).textContent ?? "").replace(own, "");
    return /[\p{L}\p{N}]/u.test(all);
  };
  const targetRect = (element: Element): DOMRect => {
    let rect = element.getBoundingClientRect();
    if (element instanceof HTMLInputElement && (element.type === "radio" || element.type === "checkbox")) {
      for (const label of element.labels ?? []) rect = union(rect, label.getBoundingClientRect());
    }
    return rect;
  };
  const targetProblem = (element: Element): string | undefined => {
    if (isInline(element)) return undefined;
    const rect = targetRect(element);
    if (rect.width + 0.5 >= minimum && rect.height + 0.5 >= minimum) return undefined;
    return `${describe(element)} is ${rect.width.toFixed(1)} x ${rect.height.toFixed(1)} px (needs ${minimum} x ${minimum}, or to be inside a sentence)`;
  };
  const controls = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';

  if (kind === "static") {
    const problems: string[] = [];
    for (const element of document.querySelectorAll(controls)) {
      if (isVisuallyHidden(element)) continue;
      const problem = targetProblem(element);
      if (problem) problems.push(problem);
    }
    for (const element of document.querySelectorAll("[tabindex]")) {
      if (Number(element.getAttribute("tabindex")) > 0) problems.push(`${describe(element)} has a positive tabindex, which breaks the reading order`);
    }
    return { problems };
  }

  // Focus mode: the element that has focus now.
  const element = document.activeElement;
  if (!element || element === document.body || element === document.documentElement) {
    const none = pageBox(new DOMRect());
    return { problems: [], stop: { description: "<body>", domIndex: -1, first: none, last: none, isBody: true, problems: [] } };
  }
  const problems: string[] = [];
  const name = describe(element);
  const rect = targetRect(element);

  // 2. Target size, for elements hidden until focused.
  if (isVisuallyHidden(element)) problems.push(`${name} has focus but cannot be seen`);
  const size = targetProblem(element);
  if (size) problems.push(size);

  // 4. Focus visible: a ring of 2 px or more, 3:1 against the background around the element.
  const parseColour = (value: string): [number, number, number, number] | undefined => {
    const match = value.match(/rgba?\(([^)]+)\)/);
    if (!match) return undefined;
    const parts = match[1]!
      .split(/[\s,/]+/)
      .filter(Boolean)
      .map(Number);
    return [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0, parts[3] ?? 1];
  };
  const luminance = ([r, g, b]: [number, number, number, number]) => {
    const channel = (value: number) => {
      const v = value / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  };
  const contrast = (a: [number, number, number, number], b: [number, number, number, number]) => {
    const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
    return (light + 0.05) / (dark + 0.05);
  };
  const backgroundAround = (): [number, number, number, number] => {
    let node = element.parentElement;
    while (node) {
      const colour = parseColour(getComputedStyle(node).backgroundColor);
      if (colour && colour[3] > 0.5) return colour;
      node = node.parentElement;
    }
    const canvas = parseColour(getComputedStyle(document.documentElement).backgroundColor);
    return canvas && canvas[3] > 0.5 ? canvas : [255, 255, 255, 1];
  };
  const style = getComputedStyle(element);
  const around = backgroundAround();
  const outlineWidth = parseFloat(style.outlineWidth) || 0;
  const outlineColour = parseColour(style.outlineColor);
  let ring = "none";
  let ringOk = false;
  if (style.outlineStyle !== "none" && outlineWidth >= 2 && outlineColour) {
    const ratio = contrast(outlineColour, around);
    ring = `outline ${outlineWidth}px ${style.outlineColor} (${ratio.toFixed(2)}:1)`;
    ringOk = ratio >= 3;
  }
  if (!ringOk && style.boxShadow !== "none") {
    // e.g. "rgb(0, 0, 0) 0px 0px 0px 3px": colour, x, y, blur, spread.
    for (const shadow of style.boxShadow.split(/,(?![^(]*\))/)) {
      const colour = parseColour(shadow);
      const lengths = (shadow.replace(/rgba?\([^)]*\)/, "").match(/-?[\d.]+px/g) ?? []).map(parseFloat);
      const spread = lengths[3] ?? 0;
      if (colour && spread >= 2 && contrast(colour, around) >= 3) {
        ring = `box-shadow ${shadow.trim()}`;
        ringOk = true;
      }
    }
  }
  if (!ringOk) problems.push(`${name} has no visible focus indicator of 2 px or more at 3:1 (found: ${ring}; background ${JSON.stringify(around)})`);

  // 5. Focus not obscured: on screen, and not under a fixed or sticky element.
  const viewportHeight = document.documentElement.clientHeight;
  if (rect.bottom <= 0 || rect.top >= viewportHeight) problems.push(`${name} has focus but is off screen (top ${rect.top.toFixed(0)} px)`);
  // The fixed and sticky elements are found once per page load (the page is not changed during the walk).
  const cache = window as unknown as { __fixedOrSticky?: Element[] };
  cache.__fixedOrSticky ??= [...document.querySelectorAll("body *")].filter((other) => /^(fixed|sticky)$/.test(getComputedStyle(other).position));
  for (const other of cache.__fixedOrSticky) {
    const position = getComputedStyle(other).position;
    if (other.contains(element) || isVisuallyHidden(other)) continue;
    const cover = other.getBoundingClientRect();
    const overlaps = cover.left < rect.right && cover.right > rect.left && cover.top < rect.bottom && cover.bottom > rect.top;
    if (overlaps) problems.push(`${name} is hidden behind the ${position} element ${describe(other)}`);
  }

  const all = document.getElementsByTagName("*");
  const domIndex = Array.prototype.indexOf.call(all, element);
  const fragments = [...element.getClientRects()].filter((fragment) => fragment.width > 0 && fragment.height > 0);
  const first = pageBox(fragments[0] ?? rect);
  const last = pageBox(fragments.at(-1) ?? rect);
  return { problems: [], stop: { description: name, domIndex, first, last, isBody: false, problems } };
}

/**
 * The elements Tab should reach, in document order, as `[domIndex, description]`: rendered, enabled, not
 * taken out of the order with tabindex="-1"; one per radio group (the checked one, else the first).
 */
function expectedTabStops(page: Page): Promise<Array<[number, string]>> {
  return page.evaluate(() => {
    const all = document.getElementsByTagName("*");
    const groups = new Set<string>();
    const stops: Array<[number, string]> = [];
    const candidates = document.querySelectorAll<HTMLElement>(
      'a[href], button, input:not([type="hidden"]), select, textarea, summary, iframe, [tabindex], [contenteditable="true"]',
    );
    for (const element of candidates) {
      if (element.tabIndex < 0 || (element as HTMLButtonElement).disabled) continue;
      if (!element.checkVisibility({ checkVisibilityCSS: true })) continue;
      if (element.tagName === "SUMMARY" && element.parentElement?.querySelector(":scope > summary") !== element) continue;
      if (element instanceof HTMLInputElement && element.type === "radio" && element.name) {
        const group = `${element.form ? "form" : "doc"}:${element.name}`;
        const checked = document.querySelector(`input[type="radio"][name="${CSS.escape(element.name)}"]:checked`);
        if (groups.has(group) || (checked && checked !== element)) continue;
        groups.add(group);
      }
      const text = (element.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 40);
      stops.push([
        Array.prototype.indexOf.call(all, element),
        `<${element.tagName.toLowerCase()}${element.getAttribute("href") ? ` href="${element.getAttribute("href")}"` : ""}>${text ? ` "${text}"` : ""}`,
      ]);
    }
    return stops;
  });
}

/**
 * 3. Reading order between two consecutive focus stops, from where the previous one ends (its last line
 * box) to where the next one starts (its first line box), in page coordinates.
 */
function orderProblem(previous: FocusStop, current: FocusStop): string | undefined {
  if (current.domIndex <= previous.domIndex) {
    return `Tab went backwards in the document: ${previous.description} then ${current.description}`;
  }
  const a = previous.last;
  const b = current.first;
  if (b.bottom <= a.top + 1)
    return `Tab went up the page: ${previous.description} (top ${a.top.toFixed(0)}) then ${current.description} (bottom ${b.bottom.toFixed(0)})`;
  const overlap = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  const sameLine = overlap > 0.5 * Math.min(a.height, b.height);
  if (sameLine && b.left < a.left - 1 && b.top < a.top + 0.5 * a.height) {
    return `Tab went left on the same line: ${previous.description} (left ${a.left.toFixed(0)}) then ${current.description} (left ${b.left.toFixed(0)})`;
  }
  return undefined;
}

/**
 * Presses Tab `times` times, as the keyboard does (a key down and a key up each). The presses are sent at
 * once, without waiting for each to be handled: the browser handles them in order, and each waits for a
 * frame, so awaiting them one by one would make the walk several times slower.
 */
async function pressTab(cdp: CDPSession, times: number): Promise<void> {
  const tab = { key: "Tab", code: "Tab", windowsVirtualKeyCode: 9 };
  const sent: Array<Promise<unknown>> = [];
  for (let press = 0; press < times; press++) {
    sent.push(cdp.send("Input.dispatchKeyEvent", { type: "rawKeyDown", ...tab }), cdp.send("Input.dispatchKeyEvent", { type: "keyUp", ...tab }));
  }
  await Promise.all(sent);
}

async function horizontalOverflow(page: Page): Promise<string | undefined> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    if (root.scrollWidth <= width) return undefined;
    const wide = [...document.querySelectorAll("body *")]
      .filter((element) => element.getBoundingClientRect().right > width + 1)
      .slice(0, 5)
      .map(
        (element) =>
          `<${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(" ").join(".")}` : ""}> right edge ${element.getBoundingClientRect().right.toFixed(0)} px`,
      );
    return `the page is ${root.scrollWidth} px wide in a ${width} px window; too wide: ${wide.join("; ")}`;
  });
}

describe.each(widths)("layout at %i px wide", (width) => {
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let cdp: CDPSession;

  beforeAll(async () => {
    server = await startStaticServer(builtSitePath());
    browser = await launchChromium();
    // No service worker here: on /offline/ it would swap the list of sections for the list of saved pages
    // (same markup, more links) in the middle of a measurement. Offline behaviour has its own tests.
    context = await browser.newContext({ viewport: { width, height: 800 }, reducedMotion: "reduce", serviceWorkers: "block" });
    page = await context.newPage();
    cdp = await context.newCDPSession(page);
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  it.each(paths)("%s", async (path) => {
    const response = await page.goto(`${server.url}${path}`, { waitUntil: "load" });
    expect(response?.status(), `${path} should load`).toBe(200);
    // Open the reader preferences (revealed by the page script) so their controls are measured too.
    await page.evaluate(() => {
      const panel = document.getElementById("reader-preferences");
      if (panel instanceof HTMLDetailsElement && !panel.hidden) panel.open = true;
    });

    const problems: string[] = [];

    // 1. No scrolling sideways.
    const overflow = await horizontalOverflow(page);
    if (overflow) problems.push(`Scrolls sideways: ${overflow}`);

    // 2. Target sizes of everything visible.
    const targets = await page.evaluate(inspectPage, { kind: "static" as const, minimum: minimumTarget });
    problems.push(...targets.problems);

    // 3-5. Tab through the page.
    await page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur?.();
      window.scrollTo(0, 0);
    });
    const expected = await expectedTabStops(page);
    await page.evaluate(inspectPage, { kind: "record" as const, minimum: minimumTarget });
    await pressTab(cdp, expected.length + 1);
    const recorded = await page.evaluate(() => (window as unknown as { __focusStops: FocusStop[] }).__focusStops);
    const stops: FocusStop[] = [];
    for (const stop of recorded) {
      if (stop.isBody) break;
      if (stops.some((seen) => seen.domIndex === stop.domIndex)) break;
      problems.push(...stop.problems);
      const previous = stops.at(-1);
      if (previous) {
        const order = orderProblem(previous, stop);
        if (order) problems.push(order);
      }
      stops.push(stop);
    }
    const visited = new Set(stops.map((stop) => stop.domIndex));
    const missed = expected.filter(([index]) => !visited.has(index)).map(([, description]) => description);
    if (missed.length > 0) problems.push(`Tab never reached ${missed.length} element(s): ${missed.slice(0, 5).join(", ")}`);
    if (stops.length === 0) problems.push("Tab reached nothing on the page");
    else if (!/skip-link/.test(stops[0]!.description)) problems.push(`the first Tab stop is ${stops[0]!.description}, not the skip link`);

    // 1 again, with bigger text: the reader's preferences at 320 px, 200% text at 1280 px.
    await page.evaluate((narrow) => {
      const root = document.documentElement;
      if (narrow) {
        root.setAttribute("data-text-size", "larger");
        root.setAttribute("data-spacing", "wide");
      } else {
        root.style.fontSize = "225%"; // 200% of the site's 112.5%
      }
    }, width === 320);
    const bigTextOverflow = await horizontalOverflow(page);
    if (bigTextOverflow) problems.push(`Scrolls sideways with ${width === 320 ? "larger text and wide spacing" : "text at 200%"}: ${bigTextOverflow}`);

    const unique = [...new Set(problems)];
    expect(unique, `${path} at ${width} px:\n${unique.join("\n")}`).toEqual([]);
  });
});
