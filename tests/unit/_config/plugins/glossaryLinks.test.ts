/** Glossary links: the first use of each glossary entry on a page links to its definition. */
import { describe, expect, it } from "vitest";
import { compileGlossary, isGlossaryLinkedPage, linkGlossaryInPage, linkGlossaryTerms } from "../../../../src/_config/plugins/glossaryLinks.ts";
import { readDataFile } from "../../../../src/model/checks/dataFiles.ts";
import { slugify } from "../../../../src/helpers/slugify.ts";
import type { GlossaryEntry } from "../../../../src/model/schemas/glossary.ts";

function entry(term: string, extra: Partial<GlossaryEntry> = {}): GlossaryEntry {
  return { term, definition: `About ${term}.`, id: slugify(term), ...extra };
}

const glossary = [
  entry("Amyotrophic lateral sclerosis", { abbreviation: "ALS", also: ["Lou Gehrig's disease"] }),
  entry("Superoxide dismutase 1", { abbreviation: "SOD1" }),
  entry("SOD1-ALS"),
  entry("Neurofilament light chain", { abbreviation: "NfL" }),
  entry("Placebo"),
  entry("Lumbar puncture", { also: ["Spinal tap"] }),
  entry("ALS Functional Rating Scale – Revised", { abbreviation: "ALSFRS-R" }),
  entry("Phase 3", { also: ["Phase III"] }),
];
const matcher = compileGlossary(glossary, "/glossary/");
const link = (text: string) => linkGlossaryTerms(text, matcher);

describe("glossary links", () => {
  it("links the first use of a term to its anchor on /glossary/, and only the first", () => {
    expect(link("<p>A placebo is a dummy. The placebo group did worse.</p>")).toBe(
      '<p>A <a class="glossary-link" href="/glossary/#placebo">placebo</a> is a dummy. The placebo group did worse.</p>',
    );
  });

  it("counts first use across the whole fragment, not per paragraph", () => {
    const out = link("<p>Placebo.</p><p>Placebo again.</p>");
    expect(out.match(/glossary-link/g)).toHaveLength(1);
  });

  it("wraps abbreviations in <abbr> with the full term as the title", () => {
    expect(link("<p>People with ALS.</p>")).toBe(
      '<p>People with <a class="glossary-link" href="/glossary/#amyotrophic-lateral-sclerosis"><abbr title="Amyotrophic lateral sclerosis">ALS</abbr></a>.</p>',
    );
  });

  it("links each entry once: after the term, the abbreviation gets <abbr> but no second link", () => {
    const out = link("<p>Neurofilament light chain (NfL) falls. NfL fell again.</p>");
    expect(out).toBe(
      '<p><a class="glossary-link" href="/glossary/#neurofilament-light-chain">Neurofilament light chain</a> (<abbr title="Neurofilament light chain">NfL</abbr>) falls. NfL fell again.</p>',
    );
  });

  it("matches abbreviations only in their own case, and terms in any case", () => {
    expect(link("<p>The NFL and als are not terms here.</p>")).not.toContain("<a");
    expect(link("<p>PLACEBO</p>")).toContain('href="/glossary/#placebo">PLACEBO</a>');
  });

  it("matches whole words only, and prefers the longest name", () => {
    expect(link("<p>ALSFRS-R scores</p>")).toContain('<abbr title="ALS Functional Rating Scale – Revised">ALSFRS-R</abbr>');
    const sod1Als = link("<p>In SOD1-ALS, the SOD1 gene matters to ALS.</p>");
    expect(sod1Als).toContain('href="/glossary/#sod1-als">SOD1-ALS</a>');
    expect(sod1Als).toContain('<abbr title="Superoxide dismutase 1">SOD1</abbr></a> gene');
    expect(sod1Als).toContain('<abbr title="Amyotrophic lateral sclerosis">ALS</abbr></a>.');
    expect(link("<p>PALS and ALSO and SOD12 are other words.</p>")).not.toContain("<a");
  });

  it("links a plural, and spellings with other spaces, dashes and apostrophes", () => {
    expect(link("<p>Two placebos</p>")).toContain('href="/glossary/#placebo">placebos</a>');
    expect(link("<p>Lou Gehrig&#39;s disease</p>")).toContain('href="/glossary/#amyotrophic-lateral-sclerosis">Lou Gehrig&#39;s disease</a>');
    expect(link("<p>Lou Gehrig’s disease</p>")).toContain("#amyotrophic-lateral-sclerosis");
    expect(link("<p>a lumbar\npuncture</p>")).toContain('href="/glossary/#lumbar-puncture">lumbar\npuncture</a>');
    expect(link("<p>ALS Functional Rating Scale - Revised</p>")).toContain("#als-functional-rating-scale-revised");
    expect(link("<p>a Phase&nbsp;3 trial</p>")).toContain('href="/glossary/#phase-3">Phase&nbsp;3</a>');
  });

  it("links another name (`also`) and counts it as the entry's first use", () => {
    const out = link("<p>A spinal tap, also called a lumbar puncture.</p>");
    expect(out).toContain('href="/glossary/#lumbar-puncture">spinal tap</a>');
    expect(out.match(/glossary-link/g)).toHaveLength(1);
  });

  it("never links inside headings, links, abbr, dfn, code, cite, time, nav or form controls", () => {
    const skipped = [
      "<h1>Placebo</h1>",
      '<h2 id="x">Placebo</h2>',
      "<h3>Placebo <em>placebo</em></h3>",
      '<a href="/x/">Placebo</a>',
      '<abbr title="x">ALS</abbr>',
      "<dfn>Placebo</dfn>",
      "<code>placebo</code>",
      "<pre>placebo</pre>",
      "<cite>Placebo trials</cite>",
      '<time datetime="2024">Placebo</time>',
      '<nav aria-label="On this page"><ul><li><a href="#a">A</a> placebo</li></ul></nav>',
      '<header class="post-header"><p class="meta">Adapted from: The ALS Association</p><p class="lead">A placebo.</p></header>',
      "<button>Placebo</button>",
      "<label>Placebo <input></label>",
      "<summary>Placebo</summary>",
      "<script>placebo</script>",
    ];
    for (const html of skipped) expect(link(html), html).toBe(html);
  });

  it("links the first use outside skipped elements, even after a skipped use", () => {
    expect(link("<h2>Placebo</h2><p>A placebo.</p>")).toBe('<h2>Placebo</h2><p>A <a class="glossary-link" href="/glossary/#placebo">placebo</a>.</p>');
    expect(link('<p><a href="/x/">ALS</a> and ALS</p>')).toContain('and <a class="glossary-link"');
  });

  it("leaves tags and attribute values alone", () => {
    const html = '<p class="placebo" title="ALS > SOD1" data-x=\'ALS\'>text</p><!-- placebo ALS -->';
    expect(link(html)).toBe(html);
  });

  it("changes only <main> in a whole page", () => {
    const page =
      '<html><head><title>Placebo</title></head><body><header>Placebo</header><main id="main" tabindex="-1"><p>Placebo</p></main><footer>Placebo</footer></body></html>';
    const out = linkGlossaryInPage(page, matcher);
    expect(out.match(/glossary-link/g)).toHaveLength(1);
    expect(out).toContain('<main id="main" tabindex="-1"><p><a class="glossary-link" href="/glossary/#placebo">Placebo</a></p></main>');
    expect(out.startsWith("<html><head><title>Placebo</title></head><body><header>Placebo</header>")).toBe(true);
  });

  it("applies to single post, drug and program pages only", () => {
    for (const url of ["/posts/tofersen-real-world-results/", "/drugs/tofersen/", "/programs/als-focus/"]) expect(isGlossaryLinkedPage(url), url).toBe(true);
    for (const url of ["/", "/glossary/", "/drugs/", "/posts/", "/tags/drugs/", "/feed.xml", false, undefined] as const)
      expect(isGlossaryLinkedPage(url), String(url)).toBe(false);
  });

  it("compiles the real glossary, whose ids match the /glossary/ anchors", async () => {
    const loaded = await readDataFile("_data/glossary.ts");
    if (Array.isArray(loaded) || loaded.kind !== "glossary") throw new Error("the glossary did not load");
    const real = compileGlossary(loaded.value, "/glossary/");
    const out = linkGlossaryTerms("<p>Tofersen is an antisense oligonucleotide (ASO) for SOD1-ALS, given by lumbar puncture.</p>", real);
    expect(out).toContain('href="/glossary/#antisense-oligonucleotide">antisense oligonucleotide</a> (<abbr title="Antisense oligonucleotide">ASO</abbr>)');
    expect(out).toContain('href="/glossary/#sod1-als">SOD1-ALS</a>');
    expect(out).toContain('href="/glossary/#lumbar-puncture">lumbar puncture</a>');
  });

  it("is fast enough for thousands of pages", () => {
    const paragraph = '<p>In SOD1-ALS, tofersen lowered NfL compared with placebo in a Phase 3 trial; see the <a href="/x/">ALS</a> page.</p>\n';
    const page = paragraph.repeat(200);
    const started = performance.now();
    for (let index = 0; index < 200; index++) link(page);
    expect(performance.now() - started).toBeLessThan(4000);
  });
});
