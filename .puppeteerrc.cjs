// Puppeteer (used by pa11y-ci) cannot download its own browser on our machines: there is no internet
// beyond the npm registry. Use Debian's Chromium when it is installed.
const fs = require("node:fs");
const systemChromium = "/usr/bin/chromium";
module.exports = fs.existsSync(systemChromium)
  ? { skipDownload: true, executablePath: systemChromium }
  : { skipDownload: true };
