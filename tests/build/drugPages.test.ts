/** Drug and program pages: sections in order, sources, review dates, structured data, comparison table. */
import { readdir } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { builtSitePath, readPage } from "../helpers/builtSite.ts";
import { projectRoot } from "../helpers/project.ts";
import { readDataFile } from "../../src/model/checks/dataFiles.ts";
import type { Drug } from "../../src/model/schemas/drug.ts";

const sectionOrder = [
  "In short",
  "Who it is for",
  "How it works",
  "How it is given",
  "What the evidence shows",
  "Side effects and warnings",
  "Cost",
  "Status and timeline",
  "Questions to ask your care team",
  "Sources",
];

async function loadDrugs(): Promise<Drug[]> {
  const folder = path.join(projectRoot, "_data/drugs");
  const drugs: Drug[] = [];
  for (const name of await readdir(folder)) {
    const loaded = await readDataFile(path.join(folder, name));
    if (Array.isArray(loaded) || loaded.kind !== "drug") throw new Error(`${name} is not a valid drug`);
    drugs.push(loaded.value);
  }
  return drugs;
}

/** The parts of a drug page's JSON-LD the tests read. */
interface DrugPageJsonLd {
  "@type": string;
  lastReviewed: string;
  about: { "@type": string; name: string; administrationRoute: string; legalStatus: string };
}

function jsonLdOf(html: string): DrugPageJsonLd {
  const match = html.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/);
  if (!match) throw new Error("no JSON-LD");
  return JSON.parse(match[1]!) as DrugPageJsonLd;
}

describe("drug pages", () => {
  let site: string;
  let drugs: Drug[];
  beforeAll(async () => {
    site = builtSitePath();
    drugs = await loadDrugs();
  });

  it("builds a page for every drug file", async () => {
    expect(drugs.length).toBeGreaterThan(0);
    for (const drug of drugs) expect(await readPage(site, `/drugs/${drug.slug}/`), drug.slug).toContain(`<h1>`);
  });

  it("gives every drug page each section, in order, then its sources and review dates", async () => {
    for (const drug of drugs) {
      const html = await readPage(site, `/drugs/${drug.slug}/`);
      const headings = [...html.matchAll(/<h2 id="[^"]+">([^<]+)<\/h2>/g)].map((match) => match[1]);
      // "Tests and check-ups" appears when tests are listed, and "What changed" when a fact has changed.
      const expected = sectionOrder
        .flatMap((title) => (title === "Side effects and warnings" && (drug.monitoring ?? []).length > 0 ? [title, "Tests and check-ups"] : [title]))
        .concat((drug.changes ?? []).length > 0 ? ["What changed on this page"] : []);
      expect(headings, drug.slug).toEqual(expected);
      for (const id of new Set(Object.values(drug.sources).flat())) expect(html, `${drug.slug}: ${id}`).toContain(`id="source-${id}"`);
      const reviewed = html.indexOf("Page last reviewed");
      const due = html.indexOf("Next review due");
      expect(reviewed, drug.slug).toBeGreaterThan(html.indexOf(">Sources</h2>"));
      expect(due, drug.slug).toBeGreaterThan(reviewed);
      expect(html).toContain(`<time datetime="${drug.lastReviewed}">`);
      expect(html).toContain(`<time datetime="${drug.nextReview}">`);
    }
  });

  it("describes each drug in schema.org JSON-LD from the same data", async () => {
    for (const drug of drugs) {
      const data = jsonLdOf(await readPage(site, `/drugs/${drug.slug}/`));
      expect(data["@type"]).toBe("MedicalWebPage");
      expect(data.lastReviewed).toBe(drug.lastReviewed);
      expect(data.about["@type"]).toBe("Drug");
      expect(data.about.name).toBe(drug.genericName);
      expect(data.about.administrationRoute).toBe(drug.howItIsGiven.route);
      expect(data.about.legalStatus).toMatch(/^(Approved|Status as of [A-Z][a-z]+ \d{4}: in development|Stopped)/);
    }
  });

  it("compares all drugs in an accessible table with status in words", async () => {
    const html = await readPage(site, "/drugs/");
    expect(html).toMatch(/<table[^>]*>\s*<caption>/);
    expect(html.match(/<th scope="col">/g)?.length).toBeGreaterThanOrEqual(3);
    expect(html.match(/<th scope="row"/g)?.length).toBe(drugs.length);
    for (const label of ["Approved", "Withdrawn", "In development"]) expect(html).toContain(`>${label}</span>`);
  });

  it("gives programs their review dates and MedicalWebPage data", async () => {
    const html = await readPage(site, "/programs/genetic-testing-education/");
    expect(html).toContain("Page last reviewed");
    expect(html).toContain("Next review due");
    expect(jsonLdOf(html)["@type"]).toBe("MedicalWebPage");
  });
});
