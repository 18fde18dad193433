/**
 * US English, the readers' own: a warning for common British spellings in content. The list is short on
 * purpose (the spellings that slip in most often in health writing); each maps to the US form to use.
 */
const britishToUs: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bcolour(s|ed|ing)?\b/i, "color"],
  [/\bfavour(s|ed|ing|able|ably)?\b/i, "favor"],
  [/\bbehaviour(s|al)?\b/i, "behavior"],
  [/\bcentre(s|d)?\b/i, "center"],
  [/\bprogramme(s)?\b/i, "program"],
  [/\bcounsell(ing|or|ors|ed)\b/i, "counseling, counselor"],
  [/\b(organis|recognis|specialis|stabilis|minimis|realis|utilis|prioritis|randomis)(e|es|ed|ing|ation|ations)\b/i, "-ize, -ization"],
  [/\banalys(e|es|ed|ing)\b/i, "analyze"],
  [/\b(tumour|labour|honour|neighbour)(s)?\b/i, "-or"],
  [/\b(paediatric|oedema|haemorrhage|anaemia|oesophag\w*)\b/i, "pediatric, edema, hemorrhage, anemia, esophag…"],
  [/\bdefence\b/i, "defense"],
  [/\bcatalogue(s)?\b/i, "catalog"],
  [/\bjudgement(s)?\b/i, "judgment"],
  [/\benrolment(s)?\b/i, "enrollment"],
  [/\bmulticentre\b/i, "multicenter"],
];

export interface SpellingNote {
  found: string;
  us: string;
}

/** The British spellings in a text, each with the US form to use instead. */
export function britishSpellings(text: string): SpellingNote[] {
  return britishToUs.flatMap(([pattern, us]) => {
    const match = pattern.exec(text);
    return match ? [{ found: match[0], us }] : [];
  });
}
