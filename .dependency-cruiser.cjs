// The project's layers, checked by `npm run lint` (dependency-cruiser). Imports flow one way:
//
//   eleventy.config.ts, src/_config/ (Eleventy wiring), scripts/ (command-line entry points)
//     -> src/pipeline/ (the build steps, shared by `npm run build` and the dev server)
//   src/pages/ -> _includes/ (layouts, components) -> src/model/ (content model) -> src/helpers/
//
// src/helpers/ knows nothing of this site's content; src/model/ knows nothing of how pages look;
// _data/ holds content and may import only the model's schemas and types. The browser code
// (src/client/, src/sw/) stands alone. Tests may import anything; nothing imports tests.
const outside = (...folders) => `^(${folders.join("|")})`;

/** @type {import("dependency-cruiser").IConfiguration} */
module.exports = {
  forbidden: [
    { name: "no-cycles", severity: "error", comment: "A cycle means two modules cannot be understood apart.", from: {}, to: { circular: true } },
    {
      name: "helpers-stand-alone",
      severity: "error",
      comment: "src/helpers/ is generic: it may import only other helpers.",
      from: { path: "^src/helpers/" },
      to: { path: outside("src/(?!helpers/)", "_includes/", "_data/", "scripts/", "tests/", "eleventy\\.config") },
    },
    {
      name: "model-below-templates",
      severity: "error",
      comment: "src/model/ may import only the model and src/helpers/.",
      from: { path: "^src/model/" },
      to: { path: outside("src/(_config|pages|pipeline|client|sw)/", "_includes/", "_data/", "scripts/", "tests/", "eleventy\\.config") },
    },
    {
      name: "includes-below-pages",
      severity: "error",
      comment: "_includes/ may import only _includes/, src/model/ and src/helpers/.",
      from: { path: "^_includes/" },
      to: { path: outside("src/(_config|pages|pipeline|client|sw)/", "_data/", "scripts/", "tests/", "eleventy\\.config") },
    },
    {
      name: "pages-use-includes-and-model",
      severity: "error",
      comment: "src/pages/ may import _includes/, src/model/ and src/helpers/.",
      from: { path: "^src/(pages|posts)/" },
      to: { path: outside("src/(_config|pipeline|client|sw)/", "_data/", "scripts/", "tests/", "eleventy\\.config") },
    },
    {
      name: "pipeline-below-entry-points",
      severity: "error",
      comment: "src/pipeline/ is shared by scripts/ and the dev server: it may not import either, nor templates.",
      from: { path: "^src/pipeline/" },
      to: { path: outside("src/(_config|pages|posts|client|sw)/", "_includes/", "_data/", "scripts/", "tests/", "eleventy\\.config") },
    },
    {
      name: "config-is-the-top",
      severity: "error",
      comment: "Eleventy wiring may not import pages, scripts or tests.",
      from: { path: "^(src/_config/|eleventy\\.config)" },
      to: { path: outside("src/pages/", "scripts/", "tests/") },
    },
    {
      name: "scripts-use-the-pipeline",
      severity: "error",
      comment: "scripts/ runs the pipeline and the model's checks; it does not reach into templates, wiring or tests.",
      from: { path: "^scripts/" },
      to: { path: outside("src/(_config|pages|posts|client|sw)/", "_includes/", "tests/", "eleventy\\.config") },
    },
    {
      name: "data-uses-the-model",
      severity: "error",
      comment: "_data/ may import only the model's schemas and types.",
      from: { path: "^_data/" },
      to: { path: outside("src/(?!model/)", "_includes/", "scripts/", "tests/", "eleventy\\.config") },
    },
    {
      name: "browser-code-stands-alone",
      severity: "error",
      comment: "src/client/ and src/sw/ run in the browser: they may import only browser code and packages.",
      from: { path: "^src/(client|sw)/" },
      to: { path: outside("src/(?!client/|sw/)", "_includes/", "_data/", "scripts/", "tests/", "eleventy\\.config") },
    },
    { name: "no-unresolvable", severity: "error", from: {}, to: { couldNotResolve: true } },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(node_modules|_site|\\.cache|\\.site-build-)" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      extensions: [".ts", ".js", ".cjs", ".mjs", ".json"],
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "types", "default"],
    },
  },
};
