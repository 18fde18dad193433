/** See ../tags.ts. */
import page from "../tags.ts";

export default page("en");
