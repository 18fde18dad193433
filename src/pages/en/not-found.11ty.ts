/** See ../not-found.ts. */
import page from "../not-found.ts";

export default page("en");
