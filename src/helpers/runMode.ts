/**
 * True in the preview (`npm start`: Eleventy in serve or watch mode), which shows drafts and keeps TODO notes.
 * Eleventy's events pass their run mode; elsewhere it is read from the environment, where Eleventy sets it.
 */
export function isPreview(runMode: string | undefined = process.env.ELEVENTY_RUN_MODE): boolean {
  return runMode === "serve" || runMode === "watch";
}
