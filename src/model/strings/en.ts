/**
 * Every piece of interface text the templates write, in English: the source that `es.ts` translates.
 * Content (drugs, programs, posts, the glossary) is not here: it lives in its own files. A function is used
 * where words depend on a value ("1 post", "3 posts").
 */
import { drugStatusLabels } from "../schemas/drug.ts";
import { sourceKindLabels } from "../schemas/source.ts";

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export const en = {
  shell: {
    skipLink: "Skip to main content",
    printedFrom: (site: string, address: string) => `Printed from ${site}: ${address}`,
    atomFeed: (site: string) => `${site}: news (Atom)`,
    jsonFeed: (site: string) => `${site}: news (JSON Feed)`,
    mainNav: "Main",
    languageNav: "Language",
    /** The language switch: "Español" on English pages, "English" on Spanish ones, said in that language. */
    switchHint: "Read this page in",
    breadcrumbNav: "Breadcrumb",
    home: "Home",
  },
  sections: {
    drugs: "Treatments",
    programs: "Programs",
    posts: "News",
    glossary: "Glossary",
    about: "About",
    search: "Search",
    tags: "Topics",
    sources: "Sources",
    offline: "Reading offline",
  },
  /**
   * Page-kind sections and search labels (`src/model/pageKinds.ts`) in this language, by their English name:
   * English uses the registry's own names, so it needs none here.
   */
  kindLabels: {} as Record<string, string>,
  footer: {
    offlineStatus: "Saving pages to read offline needs a browser that supports it; every page also reads without it.",
    nav: "About this site",
    about: "About and editorial policy",
    accessibility: "Accessibility",
    offline: "Reading offline",
    atom: "News feed (Atom)",
    json: "News feed (JSON)",
    maintained: (maintainer: string) => `Maintained by ${maintainer}. No ads, no tracking.`,
  },
  preferences: {
    summary: "Text size and colors",
    textSize: "Text size",
    spacing: "Line spacing",
    colors: "Colors",
    standard: "Standard",
    large: "Large",
    larger: "Larger",
    wide: "Wide",
    system: "Same as this device",
    light: "Light",
    dark: "Dark",
    highContrast: "High contrast",
    note: "Each choice applies at once and is saved in this browser only.",
    reset: "Reset to standard",
  },
  article: {
    onThisPage: "On this page",
    lastReviewed: "Page last reviewed:",
    nextReview: "Next review due:",
    newestSource: "Newest source on this page:",
    whatChanged: "What changed on this page",
    outOfDateTitle: "This page may be out of date.",
    outOfDate: "It was due for review on",
    outOfDateAdvice: "Check with your care team before acting on it.",
    sources: "Sources",
    sourcesForSection: "Sources for this section:",
    citedIn: "Cited in:",
    citedOn: "Cited on:",
    leavesSite: "(leaves this site)",
    noDate: "(no date given)",
    quality: (quality: string) => `${quality} source`,
  },
  /** The English labels are the schema's own. */
  sourceKinds: sourceKindLabels,
  drug: {
    statusLabels: drugStatusLabels,
    approved: (by: string | undefined, on: string) => `Approved${by ? ` by the ${by}` : ""} on ${on}.`,
    withdrawn: (on: string) => `Its maker announced on ${on} that it would withdraw it.`,
    inDevelopment: (asOf: string, phase: string) => `Status as of ${asOf}: in development (${phase}), not approved.`,
    stopped: (when: string, phase: string, reason: string) => `Stopped${when} during ${phase}: ${reason} It is not approved.`,
    stoppedNoDate: " (our sources give no date)",
    stoppedOnDay: (date: string) => ` on ${date}`,
    stoppedInMonth: (date: string) => ` in ${date}`,
    keyApproved: "Approved",
    keyWithdrawn: "Withdrawal announced",
    keyStopped: "Stopped",
    keyStoppedNoDate: "Stopped (date not given)",
    keyStatusAsOf: "status as of",
    tableCaption: "All ALS drugs on this site: status, how each is given and its key date",
    tableDrug: "Drug",
    tableStatus: "Status",
    tableGiven: "How it is given",
    tableKeyDate: "Key date",
    inShort: "In short",
    whoItIsFor: "Who it is for",
    howItWorks: "How it works",
    howItIsGiven: "How it is given",
    evidence: "What the evidence shows",
    sideEffects: "Side effects and warnings",
    tests: "Tests and check-ups",
    cost: "Cost",
    status: "Status and timeline",
    questions: "Questions to ask your care team",
    askCareTeam: "To ask about this drug, bring this page to your ALS care team (you can print it) and use the questions below.",
    route: "Route",
    dose: "Dose",
    schedule: "Schedule",
    whoGivesIt: "Who gives it",
    warnings: "Warnings on the label (serious risks)",
    common: "Most common side effects",
    noSideEffects: (name: string, trial: boolean) =>
      `This page does not list side effects for ${name} yet. Every medicine can have side effects. Ask your care team${trial ? " (or the trial team)" : ""} what to look out for.`,
    noCost: (name: string) =>
      `We have not found a source we trust for the price of ${name}, so this page gives none. Ask your care team, pharmacist or insurer what you would pay.`,
    audience: "Patients and caregivers",
  },
  program: {
    inShort: "In short",
    whoItIsFor: "Who it is for",
    whatItDoes: "What it does",
    results: "Results so far",
    takePart: "How to take part",
    related: "Related treatments",
    runBy: (runBy: string, started: string) => `Run by ${runBy}. Started: ${started}.`,
  },
  post: {
    published: "Published on this site",
    draft: "(draft: not published)",
    adaptedFrom: "Adapted from:",
    topics: "Topics:",
    morePosts: "More posts",
    previous: "Previous post",
    next: "Next post",
  },
  lists: {
    pageOf: (number: number, total: number) => `Page ${number} of ${total}`,
    page: (number: number) => `Page ${number}`,
    newer: "Newer posts",
    older: "Older posts",
    posts: (count: number) => plural(count, "post", "posts"),
  },
  translation: {
    outdatedTitle: "The English version has changed since this translation.",
    outdated: (date: string | undefined) => (date ? `It was updated on ${date}.` : ""),
    readEnglish: "Read the English version",
  },
} as const;

type Widen<T> = T extends string ? string : T extends (...args: infer A) => string ? (...args: A) => string : { [K in keyof T]: Widen<T[K]> };
/** The shape every language's strings must have: the English keys, each with text of its own. */
export type UiStrings = Widen<typeof en>;
