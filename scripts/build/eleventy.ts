/** Runs Eleventy (production mode: no drafts) into the given folder and returns what it wrote. */
import Eleventy from "@11ty/eleventy";
import { directories } from "../../src/_config/paths.ts";

export interface WrittenPage {
  url: string;
  inputPath: string;
  outputPath: string;
  content: string;
}

export async function runEleventy(output: string): Promise<WrittenPage[]> {
  const eleventy = new Eleventy(directories.input, output, { configPath: "eleventy.config.ts", quietMode: true, runMode: "build" });
  const results = await eleventy.write();
  // Eleventy 3 resolves to [passthroughCopies, templates]; keep the written templates.
  const templates = Array.isArray(results)
    ? (results.flat().filter((entry) => entry && typeof entry === "object" && "outputPath" in entry) as WrittenPage[])
    : [];
  return templates.filter((page) => typeof page.outputPath === "string");
}
