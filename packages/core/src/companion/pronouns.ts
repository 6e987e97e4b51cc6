// Turning words around between speakers: "my sister yelled at me" → "your sister yelled at you"
// (a reflection), "you never listen to me" → "I never listen to you" (the other person in a
// role-play). The rest of the text is kept exactly as typed.

const firstToSecond: Record<string, string> = {
  i: "you",
  me: "you",
  my: "your",
  mine: "yours",
  myself: "yourself",
  "i'm": "you're",
  im: "you're",
  "i've": "you've",
  ive: "you've",
  "i'd": "you'd",
  "i'll": "you'll",
};

const secondToFirst: Record<string, string> = {
  your: "my",
  ur: "my",
  yours: "mine",
  yourself: "myself",
  "you're": "I'm",
  youre: "I'm",
  "you've": "I've",
  "you'd": "I'd",
  "you'll": "I'll",
};

const plural: Record<string, string> = {
  we: "you",
  us: "you",
  our: "your",
  ours: "yours",
  ourselves: "yourselves",
  "we're": "you're",
  "we've": "you've",
  "we'd": "you'd",
  "we'll": "you'll",
};

/** Words after which "you" is the subject ("you never listen") rather than the object ("told you"). */
const subjectFollowers = new Set(
  (
    "are were have had do did don't didn't never always just can can't cannot could couldn't will won't would wouldn't should shouldn't might must " +
    "said say says think thought know knew want wanted make made keep kept go went get got act treat treated leave left care cared feel felt " +
    "ignore ignored listen listened love loved hate hated only even really still also probably seem seemed look looked take took let put tell " +
    "told ask asked need needed hurt call called forgot forget expect expected mean meant blame blamed understand give gave come came talk " +
    "talked promised lie lied hear heard see saw walk walked yell yelled shout shouted start started stop stopped try tried owe owed aren't " +
    "weren't haven't hadn't don't doesn't was wasn't is isn't and"
  ).split(" "),
);

export interface FlipOptions {
  /** "you" (a reflection: "we fought" → "you fought") or "keep" (a role-play: both are in the "we"). */
  we: "you" | "keep";
}

interface Piece {
  text: string;
  word: boolean;
}

function piecesOf(text: string): Piece[] {
  const pieces: Piece[] = [];
  for (const match of text.matchAll(/([A-Za-z\u2019']+)|([^A-Za-z\u2019']+)/g)) {
    if (match[1] !== undefined) pieces.push({ text: match[1], word: true });
    else pieces.push({ text: match[2] ?? "", word: false });
  }
  return pieces;
}

function atSentenceStart(pieces: readonly Piece[], index: number): boolean {
  for (let i = index - 1; i >= 0; i--) {
    const piece = pieces[i];
    if (piece === undefined) break;
    if (piece.word) return false;
    if (/[.!?]\s*$/.test(piece.text) || /\n/.test(piece.text)) return true;
    if (/\S/.test(piece.text.replace(/["'(]/g, ""))) return false;
  }
  return true;
}

function nextWord(pieces: readonly Piece[], index: number): string | null {
  for (let i = index + 1; i < pieces.length; i++) {
    const piece = pieces[i];
    if (piece === undefined) break;
    if (piece.word) return piece.text.toLowerCase().replace(/\u2019/g, "'");
    if (/[.!?,;:]/.test(piece.text)) return null;
  }
  return null;
}

function keepCase({ original, replacement, sentenceStart }: { original: string; replacement: string; sentenceStart: boolean }): string {
  if (replacement === "I" || replacement.startsWith("I'")) return replacement;
  const capital = original.charAt(0) !== original.charAt(0).toLowerCase();
  const isPronounI = original === "I" || /^I['\u2019]/.test(original) || original === "Im";
  if (capital && (!isPronounI || sentenceStart)) return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  return replacement;
}

/** Swap first and second person: the client's words as the companion (or the other person) says them back. */
/** "are you", "did you", "can't you": the subject comes after these. */
const auxiliaries = new Set(
  "are were do did does have had can could will would should shall may might must aren't weren't don't didn't doesn't haven't hadn't can't couldn't won't wouldn't shouldn't".split(" "),
);

const prepositions = new Set(["to", "at", "with", "for", "about", "from", "of", "on", "by", "like", "than", "without", "around", "after", "before", "behind", "near", "toward", "towards", "against"]);

/** Swap first and second person: the client's words as the companion (or the other person) says them back. */
export function flipPerson(text: string, options: FlipOptions = { we: "you" }): string {
  const pieces = piecesOf(text);
  const out: string[] = [];
  // The subject just flipped, so its verb can agree: "I am" → "you are", "you are" → "I am".
  let subject: "now-you" | "now-i" | null = null;
  let previous: string | null = null;
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i];
    if (piece === undefined) continue;
    if (!piece.word) {
      out.push(piece.text);
      if (/[.!?,;:]/.test(piece.text)) previous = null;
      continue;
    }
    const lower = piece.text.toLowerCase().replace(/\u2019/g, "'");
    const start = atSentenceStart(pieces, i);
    const next = nextWord(pieces, i);
    let replacement: string | null = null;
    let nextSubject: "now-you" | "now-i" | null = null;
    if (lower === "you" || lower === "u") {
      const objectByPrevious = previous !== null && prepositions.has(previous);
      const subjectByNext = next !== null && (subjectFollowers.has(next) || next.endsWith("ed"));
      const subjectByInversion = previous !== null && auxiliaries.has(previous);
      replacement = objectByPrevious ? "me" : start || subjectByNext || subjectByInversion ? "I" : "me";
      if (replacement === "I") nextSubject = "now-i";
    } else if (firstToSecond[lower] !== undefined) {
      replacement = firstToSecond[lower];
      if (lower === "i") nextSubject = "now-you";
    } else if (secondToFirst[lower] !== undefined) {
      replacement = secondToFirst[lower];
    } else if (options.we === "you" && plural[lower] !== undefined) {
      replacement = plural[lower];
    } else if (subject === "now-you" && (lower === "am" || lower === "was" || lower === "wasn't")) {
      replacement = lower === "am" ? "are" : lower === "was" ? "were" : "weren't";
    } else if (subject === "now-i" && (lower === "are" || lower === "were" || lower === "aren't" || lower === "weren't")) {
      replacement = lower === "are" ? "am" : lower === "were" ? "was" : lower === "aren't" ? "am not" : "wasn't";
    } else if ((lower === "am" || lower === "was") && next === "i") {
      replacement = lower === "am" ? "are" : "were";
    } else if ((lower === "are" || lower === "were") && (next === "you" || next === "u")) {
      replacement = lower === "are" ? "am" : "was";
    }
    out.push(replacement === null ? piece.text : keepCase({ original: piece.text, replacement, sentenceStart: start }));
    subject = nextSubject;
    previous = lower;
  }
  return out.join("");
}
