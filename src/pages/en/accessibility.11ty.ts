/** See ../accessibility.ts. */
import page from "../accessibility.ts";

export default page("en");
