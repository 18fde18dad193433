/** See ../feed-json.ts. */
import page from "../feed-json.ts";

export default page("en");
