/**
 * Lets Eleventy read TypeScript: `*.11ty.ts` templates and layouts (run like `*.11ty.js`),
 * and `.ts` data files, which are validated against their zod schema as they load.
 */
import { loadDataFile } from "../../model/checks/dataFiles.ts";
import type { EleventyConfig } from "../../model/eleventy.ts";

export function typescriptPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addExtension(["11ty.ts"], { key: "11ty.js" });
  eleventyConfig.addTemplateFormats("11ty.ts");
  eleventyConfig.addDataExtension("ts", { read: false, parser: loadDataFile });
}
