/** The drug pages in en: see ../drug.ts. */
import drugPage from "../drug.ts";

export default drugPage("en");
