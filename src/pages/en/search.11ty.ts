/** See ../search.ts. */
import page from "../search.ts";

export default page("en");
