/** See ../posts.ts. */
import page from "../posts.ts";

export default page("en");
