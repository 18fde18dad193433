/**
 * The sourcing and safety rules, each failing on a bad file with the file and the section named. Each case
 * copies the project, writes one bad file (or adds one bad source to the registry), and runs the same content
 * check that `npm run check` and the build run. One case runs the real build, to show nothing is published.
 */
import { existsSync } from "node:fs";
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { checkContent } from "../../src/model/checks/checkContent.ts";
import { contentBodyChecks } from "../../src/model/checks/bodyChecks.ts";
import { formatProblem } from "../../src/model/checks/problems.ts";
import { readDataFile } from "../../src/model/checks/dataFiles.ts";
import type { SourceRegistry } from "../../src/model/schemas/source.ts";
import { buildSite, copyProject, projectRoot } from "../helpers/project.ts";

type Project = Awaited<ReturnType<typeof copyProject>>;

const drugFile = "_data/drugs/test-drug.ts";
const postFile = "src/posts/en/test-post.md";

/** A label and a primary non-label source from the real registry, so fixtures cite real ids. */
async function realIds(): Promise<{ label: string; primary: string }> {
  const loaded = await readDataFile(path.join(projectRoot, "_data/sources.ts"));
  if (Array.isArray(loaded) || loaded.kind !== "sources") throw new Error("the source registry does not load");
  const registry: SourceRegistry = loaded.value;
  const label = Object.values(registry).find((source) => source.kind === "label")!.id;
  const primary = Object.values(registry).find((source) => source.kind !== "label" && source.quality === "primary")!.id;
  return { label, primary };
}

/** A valid approved drug, as a maintainer would write it; each case breaks one part. */
function approvedDrug(ids: { label: string; primary: string }): Record<string, unknown> {
  return {
    genericName: "Testamab",
    brandNames: ["Testa"],
    summary: "Testamab is a test drug. It is taken by mouth.",
    status: "approved",
    approvedBy: "US Food and Drug Administration (FDA)",
    approvedOn: "2024-01-15",
    whoItIsFor: "Adults with ALS.",
    howItWorks: "It is not known how it works.",
    howItIsGiven: { route: "By mouth.", dose: "10 mg.", schedule: "Once a day." },
    evidence: "One trial of 100 people.",
    sideEffects: { warnings: ["Liver injury."], common: ["Nausea."] },
    monitoring: ["Liver blood tests before you start."],
    questions: ["Is it right for me?"],
    sources: {
      whoItIsFor: [ids.label],
      howItWorks: [ids.label],
      howItIsGiven: [ids.label],
      evidence: [ids.label, ids.primary],
      sideEffects: [ids.label],
      monitoring: [ids.label],
      status: [ids.primary],
    },
    lastReviewed: "2026-01-10",
    nextReview: "2026-07-10",
  };
}

function drugSource(drug: Record<string, unknown>): string {
  return `import { defineDrug } from "../../src/model/schemas/drug.ts";\n\nexport default defineDrug(${JSON.stringify(drug, null, 2)});\n`;
}

describe("every fact names its source, and safety information is required", () => {
  let project: Project;
  let ids: { label: string; primary: string };
  let registryText: string;

  beforeAll(async () => {
    project = await copyProject();
    ids = await realIds();
    registryText = await readFile(path.join(project.root, "_data/sources.ts"), "utf8");
  });
  afterAll(() => project.remove());
  afterEach(async () => {
    await project.write("_data/sources.ts", registryText);
    await rm(path.join(project.root, drugFile), { force: true });
    await rm(path.join(project.root, postFile), { force: true });
  });

  async function problemsWith(files: Record<string, string>): Promise<{ problems: string[]; warnings: string[] }> {
    for (const [file, text] of Object.entries(files)) await project.write(file, text);
    const result = await checkContent(project.root, contentBodyChecks, { allowTodos: false });
    return { problems: result.problems.map(formatProblem), warnings: result.warnings.map(formatProblem) };
  }

  /** Adds one source to the registry, before its closing `});`. */
  function withSource(id: string, source: Record<string, unknown>): string {
    const end = registryText.lastIndexOf("});");
    return `${registryText.slice(0, end)}  ${JSON.stringify(id)}: ${JSON.stringify(source)},\n${registryText.slice(end)}`;
  }

  it("accepts the valid fixture, so each failure below is the rule under test", async () => {
    const { problems } = await problemsWith({ [drugFile]: drugSource(approvedDrug(ids)) });
    expect(problems).toEqual([]);
  });

  it("a fact section that cites nothing", async () => {
    const drug = approvedDrug(ids);
    delete (drug.sources as Record<string, unknown>).evidence;
    const { problems } = await problemsWith({ [drugFile]: drugSource(drug) });
    expect(problems).toContainEqual(
      expect.stringMatching(
        /^_data\/drugs\/test-drug\.ts: sources\.evidence: cites nothing \(expected the ids of the sources "What the evidence shows" rests on/,
      ),
    );
  });

  it("a post section with no Sources line", async () => {
    const post = `---\ntitle: "Test"\ndate: "2026-01-01"\nsummary: "A test post."\n---\n\nIntro.\n\nSources: ${ids.primary}\n\n## Italy\n\n17 people were treated.\n`;
    const { problems } = await problemsWith({ [postFile]: post });
    expect(problems).toContainEqual(expect.stringMatching(/^src\/posts\/en\/test-post\.md: section "Italy": cites nothing/));
  });

  it("an unknown source id, in a drug and in a post", async () => {
    const drug = approvedDrug(ids);
    (drug.sources as Record<string, string[]>).howItWorks = ["no-such-source"];
    const post = `---\ntitle: "Test"\ndate: "2026-01-01"\nsummary: "A test post."\nbasedOn: "not-in-registry"\n---\n\n## Results\n\nText.\n\nSources: made-up-id\n`;
    const { problems } = await problemsWith({ [drugFile]: drugSource(drug), [postFile]: post });
    expect(problems).toContainEqual(expect.stringMatching(/^_data\/drugs\/test-drug\.ts: sources\.howItWorks\.0: "no-such-source" is not a source/));
    expect(problems).toContainEqual(expect.stringMatching(/^src\/posts\/en\/test-post\.md: section "Results": "made-up-id" is not a source/));
    expect(problems).toContainEqual(expect.stringMatching(/^src\/posts\/en\/test-post\.md: basedOn: "not-in-registry" is not a source/));
  });

  it("a source with no address, or with a plain http address", async () => {
    const noAddress = withSource("test-no-address", { title: "A report", publisher: "Someone", kind: "news", quality: "secondary" });
    const { problems } = await problemsWith({ "_data/sources.ts": noAddress });
    expect(problems).toContainEqual(
      expect.stringMatching(/^_data\/sources\.ts: test-no-address\.url: is missing \(expected a web address starting with https:\/\/, or a doi/),
    );

    const insecure = withSource("test-http", { title: "A report", publisher: "Someone", kind: "news", quality: "secondary", url: "http://example.org/a" });
    const second = await problemsWith({ "_data/sources.ts": insecure });
    expect(second.problems).toContainEqual(
      expect.stringMatching(/^_data\/sources\.ts: test-http\.url: "http:\/\/example\.org\/a" is not a secure web address/),
    );
  });

  it("a section resting only on a weak source", async () => {
    const registry = withSource("test-weak", {
      title: "An overview",
      publisher: "A website",
      kind: "news",
      quality: "weak",
      url: "https://example.org/overview",
    });
    const drug = approvedDrug(ids);
    (drug.sources as Record<string, string[]>).evidence = ["test-weak"];
    const { problems } = await problemsWith({ "_data/sources.ts": registry, [drugFile]: drugSource(drug) });
    expect(problems).toContainEqual(
      '_data/drugs/test-drug.ts: sources.evidence: "What the evidence shows" rests only on weak sources (test-weak) (expected at least one primary or secondary source for the same facts)',
    );
  });

  it("an approved drug without its label, warnings, side effects or tests", async () => {
    const drug = approvedDrug(ids);
    drug.sideEffects = { warnings: [], common: [] };
    drug.monitoring = [];
    const { problems } = await problemsWith({ [drugFile]: drugSource(drug) });
    expect(problems).toContainEqual(
      expect.stringMatching(/^_data\/drugs\/test-drug\.ts: sideEffects\.warnings: is empty \(expected the label's warnings because status is "approved"/),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(/^_data\/drugs\/test-drug\.ts: sideEffects\.common: is empty \(expected the label's most common side effects/),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(/^_data\/drugs\/test-drug\.ts: monitoring: is empty \(expected the tests before or during treatment/),
    );

    const noLabel = approvedDrug(ids);
    (noLabel.sources as Record<string, string[]>).sideEffects = [ids.primary];
    const second = await problemsWith({ [drugFile]: drugSource(noLabel) });
    expect(second.problems).toContainEqual(expect.stringMatching(/^_data\/drugs\/test-drug\.ts: sources\.sideEffects: cites no drug label/));
  });

  it("an in-development drug whose review interval is over 3 months (12 are fine for an approved one)", async () => {
    const drug: Record<string, unknown> = {
      ...approvedDrug(ids),
      status: "in-development",
      approvedBy: undefined,
      approvedOn: undefined,
      trialPhase: "Phase 2",
      statusAsOf: "2025-01",
      sideEffects: { warnings: [], common: [] },
      monitoring: undefined,
      lastReviewed: "2026-01-10",
      nextReview: "2026-05-10",
    };
    const sources = drug.sources as Record<string, unknown>;
    delete sources.sideEffects;
    delete sources.monitoring;
    const { problems } = await problemsWith({ [drugFile]: drugSource(drug) });
    expect(problems).toContain(
      '_data/drugs/test-drug.ts: nextReview: "2026-05-10" is more than 3 months after lastReviewed "2026-01-10" (a drug in development is reviewed at least every 3 months) (expected "2026-04-10" or earlier)',
    );
    const approved = await problemsWith({ [drugFile]: drugSource({ ...approvedDrug(ids), nextReview: "2027-01-10" }) });
    expect(approved.problems).toEqual([]);
  });

  it('a hard "In short" summary gives a readability warning, not a failure', async () => {
    const drug = approvedDrug(ids);
    drug.summary =
      "Testamab, a pharmacologically sophisticated investigational immunomodulatory monoclonal antibody, demonstrated statistically significant neuroprotective efficacy across heterogeneous multinational populations.";
    const { problems, warnings } = await problemsWith({ [drugFile]: drugSource(drug) });
    expect(problems).toEqual([]);
    expect(warnings).toContainEqual(
      expect.stringMatching(/^_data\/drugs\/test-drug\.ts: summary: "In short" reads at grade \d+(\.\d)? \(expected grade 8 or below/),
    );
  });

  it("a source cited nowhere is a warning", async () => {
    const { warnings } = await problemsWith({
      "_data/sources.ts": withSource("test-unused", {
        title: "Unused",
        publisher: "Someone",
        kind: "news",
        quality: "secondary",
        url: "https://example.org/u",
      }),
    });
    expect(warnings).toContain("_data/sources.ts: test-unused: is cited by no page (expected it to be cited somewhere, or removed)");
  });

  it("the build stops, names the file and section, and publishes nothing", async () => {
    const drug = approvedDrug(ids);
    (drug.sources as Record<string, string[]>).status = ["no-such-source"];
    await project.write(drugFile, drugSource(drug));
    const output = path.join(project.root, "out");
    const result = await buildSite(project.root, output, ["--quiet"]);
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('_data/drugs/test-drug.ts: sources.status.0: "no-such-source" is not a source');
    expect(existsSync(output)).toBe(false);
  });
});
