/** True in the preview (`npm start`: Eleventy in serve or watch mode), which shows drafts and keeps TODO notes. */
export function isPreview(): boolean {
  return process.env.ELEVENTY_RUN_MODE === "serve" || process.env.ELEVENTY_RUN_MODE === "watch";
}
