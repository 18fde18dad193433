/**
 * `npm run build` runs `scripts/build.ts` with Node's `--import ./scripts/load-libraries.js`: this file loads
 * the large libraries the build uses, and only then sets up tsx, which runs the project's TypeScript.
 *
 * Why: once tsx's hooks are registered, Node sends every module it loads through them, library files
 * included (on Node 20, each one a round trip to tsx's loader thread). Loaded first, the libraries' 300 or
 * so files skip that: about 0.2 s less before the build starts, and 20 to 30 MB less memory at 4,000 posts
 * (README, "Ninth round"). Plain JavaScript, because TypeScript cannot run before tsx is set up.
 */
await import("@11ty/eleventy");
await import("@11ty/eleventy-plugin-rss");
await import("zod");
await import("markdown-it");
await import("markdown-it-anchor");
await import("entities");
// The same as `node --import tsx`: tsx's loader for everything imported from here on.
await import("tsx");
