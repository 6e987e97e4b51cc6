// One pass over a message: tokens, feelings, parts of life and people, with the feelings that stand
// near each person.
import { findFeelings, findLifeAreas, type FeelingMention, type LifeAreaMention } from "./feelings.ts";
import { findPeople, type KnownPerson, type PersonMention } from "./people.ts";
import { tokenise, type TokenisedText } from "./tokenise.ts";

export interface TextReading {
  tokenised: TokenisedText;
  feelings: FeelingMention[];
  lifeAreas: LifeAreaMention[];
  people: PersonMention[];
}

export interface ReadTextOptions {
  known?: readonly KnownPerson[];
}

export function readText(text: string, options: ReadTextOptions = {}): TextReading {
  const tokenised = tokenise(text);
  return {
    tokenised,
    feelings: findFeelings(tokenised),
    lifeAreas: findLifeAreas(tokenised),
    people: findPeople(tokenised, options.known === undefined ? {} : { known: options.known }),
  };
}

export interface FeelingsNearOptions {
  feelings: readonly FeelingMention[];
  /** Every person mentioned in the same text (to tell who a feeling in a shared sentence is about). */
  people: readonly PersonMention[];
}

/**
 * The (not negated) feelings around one person mention: in the same sentence, or only in the same
 * clause when the sentence names more than one person.
 */
export function feelingsNear(person: PersonMention, options: FeelingsNearOptions): FeelingMention[] {
  const othersInSentence = options.people.some(
    (other) => other !== person && other.sentence === person.sentence && other.key !== person.key,
  );
  return options.feelings.filter(
    (feeling) =>
      !feeling.negated &&
      feeling.sentence === person.sentence &&
      (!othersInSentence || feeling.clause === person.clause),
  );
}
