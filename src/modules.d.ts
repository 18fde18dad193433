// Packages without TypeScript types of their own.
declare module "@11ty/eleventy-plugin-rss" {
  export function dateToRfc3339(date: Date): string;
  export function getNewestCollectionItemDate(items: Array<{ date: Date }>, fallback?: Date): Date;
}
declare module "@11ty/eleventy" {
  export const HtmlBasePlugin: unknown;
  export default class Eleventy {
    constructor(
      input?: string,
      output?: string,
      options?: {
        configPath?: string;
        quietMode?: boolean;
        runMode?: string;
        /** Runs before the config file, with the same config object (Eleventy 3's programmatic API). */
        config?: (eleventyConfig: import("./model/eleventy.ts").EleventyConfig) => unknown;
      },
    );
    write(): Promise<unknown>;
    toJSON(): Promise<Array<{ url: string; inputPath: string; outputPath: string; content: string }>>;
  }
}
