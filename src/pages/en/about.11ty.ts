/** See ../about.ts. */
import page from "../about.ts";

export default page("en");
