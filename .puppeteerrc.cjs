// Puppeteer (used by pa11y-ci) cannot download its own browser on our machines: there is no internet
// beyond the npm registry. Use the installed Chrome or Chromium that the browser tests use
// (scripts/findBrowser.ts: CHROMIUM_PATH, else the usual install paths), loaded through tsx.
const fs = require("node:fs");
const { require: requireTs } = require("tsx/cjs/api");
const { findBrowser } = requireTs("./scripts/findBrowser.ts", __filename);
const search = findBrowser({ platform: process.platform, env: process.env, exists: fs.existsSync });
module.exports = search.found ? { skipDownload: true, executablePath: search.path } : { skipDownload: true };
