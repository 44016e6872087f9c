// "Health and Social Care Information Centre (HSCIC)" -> name + "HSCIC"; "HESA - Higher Education Statistics
// Agency" -> name + "HESA". An abbreviation is a short run of capitals (digits, "&" and inner spaces allowed).
// Mixed case is allowed ("DfE", "MoJ", "Defra", "OfS"): whether it abbreviates the name decides.
const abbreviation = '([A-Z][A-Za-z0-9&]*[A-Za-z0-9](?: [A-Z]{1,5})?)';
const trailing = new RegExp(`^(.*\\S)\\s*\\(${abbreviation}\\)\\s*$`);
const leading = new RegExp(`^${abbreviation}\\s*[-–—:]\\s*(.*\\S)\\s*$`);

export interface NameParts {
  name: string;
  abbreviation: string | null;
  /** Offsets of name and abbreviation within the input. */
  nameRange: [number, number];
  abbreviationRange: [number, number] | null;
}

/**
 * A mixed-case abbreviation spells the name from its words' first letters, taking a word's next letters at will
 * ("Defra" <- DEpartment for Food and Rural Affairs, "Ofgem" <- OFfice of Gas and Electricity Markets), and opens
 * at least two words.
 */
function spellsName(candidate: string, words: readonly string[]): boolean {
  const letters = candidate.toLowerCase().replace(/[^a-z]/g, '');
  const search = (at: number, word: number, within: number, opened: number): boolean => {
    if (at === letters.length) return opened >= 2;
    const current = words[word];
    if (current && within < current.length && current[within] === letters[at] && search(at + 1, word, within + 1, opened)) return true;
    for (let next = word + 1; next < words.length; next += 1) {
      if (words[next]?.[0] === letters[at] && search(at + 1, next, 1, opened + 1)) return true;
    }
    return false;
  };
  return letters.length >= 2 && words.some((word, index) => word[0] === letters[0] && search(1, index, 1, 1));
}

function isAbbreviationOf(candidate: string, name: string): boolean {
  if (candidate.length > 10) return false;
  if (candidate.replace(/[^A-Z]/g, '').length < 2) {
    // One capital ("Defra"): a word of its own, accepted only when it spells the name.
    return /^[A-Z][a-z]+$/.test(candidate) && spellsName(candidate, name.toLowerCase().split(/[^a-z]+/).filter(Boolean));
  }
  // Most letters of a real abbreviation start words of the name ("NHS IC" <- "NHS Information Centre").
  const initials = name.replace(/[^A-Za-z ]/g, ' ').split(/\s+/).filter(Boolean).map((word) => word[0]?.toUpperCase()).join('');
  const letters = candidate.replace(/[^A-Z]/g, '');
  return [...letters].filter((letter) => initials.includes(letter)).length >= Math.ceil(letters.length / 2);
}

export function splitAbbreviation(text: string): NameParts {
  const whole: NameParts = { name: text.trim(), abbreviation: null, nameRange: [text.search(/\S/), text.trimEnd().length], abbreviationRange: null };
  const back = trailing.exec(text);
  if (back?.[1] && back[2] && isAbbreviationOf(back[2], back[1])) {
    const abbreviationStart = text.lastIndexOf(`(${back[2]})`) + 1;
    return { name: back[1].trim(), abbreviation: back[2], nameRange: [text.indexOf(back[1]), text.indexOf(back[1]) + back[1].length], abbreviationRange: [abbreviationStart, abbreviationStart + back[2].length] };
  }
  const front = leading.exec(text);
  if (front?.[1] && front[2] && isAbbreviationOf(front[1], front[2])) {
    const nameStart = text.lastIndexOf(front[2]);
    const abbreviationStart = text.indexOf(front[1]);
    return { name: front[2].trim(), abbreviation: front[1], nameRange: [nameStart, nameStart + front[2].length], abbreviationRange: [abbreviationStart, abbreviationStart + front[1].length] };
  }
  return whole;
}
