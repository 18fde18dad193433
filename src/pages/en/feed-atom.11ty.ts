/** See ../feed-atom.ts. */
import page from "../feed-atom.ts";

export default page("en");
