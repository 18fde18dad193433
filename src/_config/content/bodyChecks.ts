/** Checks run on every post body by the content check. */
import type { BodyCheck } from "./checkContent.ts";

export const contentBodyChecks: BodyCheck[] = [];
