// Text: normalising and tokenising, the feelings lexicon and people mentions. Pure and fast; shared
// by the analysers and the companion engine.
export { normaliseText, baseForm } from "./normalise.ts";
export { tokenise, wordTokens, type Token, type TokenKind, type Sentence, type TokenisedText } from "./tokenise.ts";
export {
  feelingThemes,
  lifeAreas,
  themeIds,
  themeLabels,
  isFeelingTheme,
  isLifeArea,
  type FeelingTheme,
  type LifeArea,
  type ThemeId,
} from "./themes.ts";
export {
  findFeelings,
  findLifeAreas,
  isNegatedAt,
  isLexiconWord,
  type FeelingMention,
  type LifeAreaMention,
} from "./feelings.ts";
export {
  relations,
  relationArea,
  findPeople,
  updateKnownPeople,
  type Relation,
  type PersonMention,
  type KnownPerson,
  type FindPeopleOptions,
} from "./people.ts";
export { readText, feelingsNear, type TextReading, type ReadTextOptions, type FeelingsNearOptions } from "./reading.ts";
