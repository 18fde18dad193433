/** See ../program.ts. */
import page from "../program.ts";

export default page("en");
