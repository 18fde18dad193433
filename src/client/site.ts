/** The page script: progressive enhancement only. Every page reads fully without it. */
export {};
