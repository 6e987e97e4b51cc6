// PHQ-9 and GAD-7 as published (Kroenke, Spitzer & Williams 2001; Spitzer et al. 2006). Released by
// Pfizer "without copyright restriction and at no charge"; storing them here is allowed (see
// shared/data/instruments/README.md). THE WORDING IS VERBATIM: a test compares every string with
// shared/data/instruments/*.json. Do not edit the text, not even punctuation.

export const instrumentIds = ["phq9", "gad7"] as const;
export type InstrumentId = (typeof instrumentIds)[number];

export interface QuestionnaireOption {
  value: number;
  text: string;
}

export interface QuestionnaireItem {
  /** 1-based, as in the published instrument. */
  id: number;
  text: string;
  domain?: string;
  /** PHQ-9 item 9: any answer above 0 needs an immediate follow-up, whatever the total. */
  safetyItem?: boolean;
}

export interface QuestionnaireBand<Label extends string = string> {
  min: number;
  max: number;
  label: Label;
}

export interface QuestionnaireDefinition<Label extends string = string> {
  id: InstrumentId;
  name: string;
  fullName: string;
  reference: string;
  stem: string;
  options: readonly QuestionnaireOption[];
  items: readonly QuestionnaireItem[];
  /** Asked after the items; not scored. */
  functionalItem: { id: "difficulty"; text: string; options: readonly string[] };
  bands: readonly QuestionnaireBand<Label>[];
  screeningCutoff: number;
  safetyRule: string | null;
  shortForm: { name: string; items: readonly number[]; cutoff: number };
}

const frequencyOptions: readonly QuestionnaireOption[] = [
  { value: 0, text: "Not at all" },
  { value: 1, text: "Several days" },
  { value: 2, text: "More than half the days" },
  { value: 3, text: "Nearly every day" },
];

const functionalItem = {
  id: "difficulty",
  text: "If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?",
  options: ["Not difficult at all", "Somewhat difficult", "Very difficult", "Extremely difficult"],
} as const;

export const phq9BandLabels = ["minimal", "mild", "moderate", "moderately severe", "severe"] as const;
export type Phq9Band = (typeof phq9BandLabels)[number];

export const phq9: QuestionnaireDefinition<Phq9Band> = {
  id: "phq9",
  name: "PHQ-9",
  fullName: "Patient Health Questionnaire-9",
  reference:
    "Kroenke K, Spitzer RL, Williams JBW. The PHQ-9: validity of a brief depression severity measure. J Gen Intern Med. 2001;16(9):606-613.",
  stem: "Over the last 2 weeks, how often have you been bothered by any of the following problems?",
  options: frequencyOptions,
  items: [
    { id: 1, domain: "anhedonia", text: "Little interest or pleasure in doing things" },
    { id: 2, domain: "depressed_mood", text: "Feeling down, depressed, or hopeless" },
    { id: 3, domain: "sleep", text: "Trouble falling or staying asleep, or sleeping too much" },
    { id: 4, domain: "fatigue", text: "Feeling tired or having little energy" },
    { id: 5, domain: "appetite", text: "Poor appetite or overeating" },
    {
      id: 6,
      domain: "worthlessness_guilt",
      text: "Feeling bad about yourself — or that you are a failure or have let yourself or your family down",
    },
    {
      id: 7,
      domain: "concentration",
      text: "Trouble concentrating on things, such as reading the newspaper or watching television",
    },
    {
      id: 8,
      domain: "psychomotor",
      text: "Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual",
    },
    {
      id: 9,
      domain: "suicidal_ideation",
      text: "Thoughts that you would be better off dead or of hurting yourself in some way",
      safetyItem: true,
    },
  ],
  functionalItem,
  bands: [
    { min: 0, max: 4, label: "minimal" },
    { min: 5, max: 9, label: "mild" },
    { min: 10, max: 14, label: "moderate" },
    { min: 15, max: 19, label: "moderately severe" },
    { min: 20, max: 27, label: "severe" },
  ],
  screeningCutoff: 10,
  safetyRule: "Any non-zero answer to item 9 requires immediate follow-up suicide-risk assessment, regardless of total score.",
  shortForm: { name: "PHQ-2", items: [1, 2], cutoff: 3 },
};

export const gad7BandLabels = ["minimal", "mild", "moderate", "severe"] as const;
export type Gad7Band = (typeof gad7BandLabels)[number];

export const gad7: QuestionnaireDefinition<Gad7Band> = {
  id: "gad7",
  name: "GAD-7",
  fullName: "Generalized Anxiety Disorder 7-item scale",
  reference:
    "Spitzer RL, Kroenke K, Williams JBW, Löwe B. A brief measure for assessing generalized anxiety disorder: the GAD-7. Arch Intern Med. 2006;166(10):1092-1097.",
  stem: "Over the last 2 weeks, how often have you been bothered by the following problems?",
  options: frequencyOptions,
  items: [
    { id: 1, text: "Feeling nervous, anxious, or on edge" },
    { id: 2, text: "Not being able to stop or control worrying" },
    { id: 3, text: "Worrying too much about different things" },
    { id: 4, text: "Trouble relaxing" },
    { id: 5, text: "Being so restless that it is hard to sit still" },
    { id: 6, text: "Becoming easily annoyed or irritable" },
    { id: 7, text: "Feeling afraid, as if something awful might happen" },
  ],
  functionalItem,
  bands: [
    { min: 0, max: 4, label: "minimal" },
    { min: 5, max: 9, label: "mild" },
    { min: 10, max: 14, label: "moderate" },
    { min: 15, max: 21, label: "severe" },
  ],
  screeningCutoff: 10,
  safetyRule: null,
  shortForm: { name: "GAD-2", items: [1, 2], cutoff: 3 },
};

export function questionnaireDefinition(instrument: InstrumentId): QuestionnaireDefinition {
  switch (instrument) {
    case "phq9":
      return phq9;
    case "gad7":
      return gad7;
  }
}
