// Crisis lines: a curated default list, keyed by ISO 3166-1 alpha-2 country code, with each country's
// emergency number and its main 24/7 crisis lines. The server stores an admin-edited copy; this is the
// seed and the fallback. Numbers are the well-established public ones (checked November 2025); review
// them at least yearly — a wrong number in a crisis is a safety incident.

export interface CrisisLineText {
  /** The number to text, as shown ("85258"). */
  number: string;
  /** A word to send, when the service asks for one ("SHOUT"). */
  keyword?: string | undefined;
}

export interface CrisisLine {
  name: string;
  /** What it is, in a few words ("Suicide and crisis line"). */
  description: string;
  /** The number to call, as shown ("116 123"). */
  phone?: string | undefined;
  text?: CrisisLineText | undefined;
  /** "24/7", or the opening hours. */
  hours: string;
  url?: string | undefined;
}

export interface EmergencyNumber {
  number: string;
  /** Short label ("Emergency services"). */
  label: string;
}

export interface CountryCrisisLines {
  /** ISO 3166-1 alpha-2 ("GB"), or "INTL" for the international fallback. */
  country: string;
  countryName: string;
  /** Null only for the international fallback, where the number is not known. */
  emergency: EmergencyNumber | null;
  lines: CrisisLine[];
}

export type CrisisLineDirectory = Readonly<Record<string, CountryCrisisLines>>;

const emergency = (number: string): EmergencyNumber => ({ number, label: "Emergency services" });

export const internationalCrisisLines: CountryCrisisLines = {
  country: "INTL",
  countryName: "International",
  emergency: null,
  lines: [
    { name: "Find A Helpline", description: "Free, confidential crisis lines in your country", hours: "Lines listed are open 24/7 or as shown", url: "https://findahelpline.com" },
    { name: "IASP crisis centres", description: "Crisis centres around the world", hours: "Varies by centre", url: "https://www.iasp.info/crisis-centres-helplines/" },
  ],
};

export const defaultCrisisLines: CrisisLineDirectory = {
  US: {
    country: "US",
    countryName: "United States",
    emergency: emergency("911"),
    lines: [
      { name: "988 Suicide & Crisis Lifeline", description: "Suicide and crisis line", phone: "988", text: { number: "988" }, hours: "24/7", url: "https://988lifeline.org" },
      { name: "Crisis Text Line", description: "Text with a trained crisis counsellor", text: { number: "741741", keyword: "HOME" }, hours: "24/7", url: "https://www.crisistextline.org" },
    ],
  },
  CA: {
    country: "CA",
    countryName: "Canada",
    emergency: emergency("911"),
    lines: [
      { name: "9-8-8 Suicide Crisis Helpline", description: "Suicide and crisis line", phone: "988", text: { number: "988" }, hours: "24/7", url: "https://988.ca" },
      { name: "Kids Help Phone", description: "For young people", phone: "1-800-668-6868", text: { number: "686868", keyword: "CONNECT" }, hours: "24/7", url: "https://kidshelpphone.ca" },
    ],
  },
  GB: {
    country: "GB",
    countryName: "United Kingdom",
    emergency: emergency("999"),
    lines: [
      { name: "Samaritans", description: "Someone to talk to, free", phone: "116 123", hours: "24/7", url: "https://www.samaritans.org" },
      { name: "Shout", description: "Text with a trained volunteer, free", text: { number: "85258", keyword: "SHOUT" }, hours: "24/7", url: "https://giveusashout.org" },
    ],
  },
  IE: {
    country: "IE",
    countryName: "Ireland",
    emergency: emergency("112"),
    lines: [
      { name: "Samaritans", description: "Someone to talk to, free", phone: "116 123", hours: "24/7", url: "https://www.samaritans.org/ireland" },
      { name: "Pieta", description: "Suicide and self-harm crisis line", phone: "1800 247 247", text: { number: "51444", keyword: "HELP" }, hours: "24/7", url: "https://www.pieta.ie" },
      { name: "Text 50808", description: "Text with a trained volunteer, free", text: { number: "50808" }, hours: "24/7", url: "https://text50808.ie" },
    ],
  },
  AU: {
    country: "AU",
    countryName: "Australia",
    emergency: emergency("000"),
    lines: [
      { name: "Lifeline", description: "Crisis support and suicide prevention", phone: "13 11 14", text: { number: "0477 13 11 14" }, hours: "24/7", url: "https://www.lifeline.org.au" },
      { name: "Suicide Call Back Service", description: "Counselling for people at risk of suicide", phone: "1300 659 467", hours: "24/7", url: "https://www.suicidecallbackservice.org.au" },
    ],
  },
  NZ: {
    country: "NZ",
    countryName: "New Zealand",
    emergency: emergency("111"),
    lines: [
      { name: "Need to talk? 1737", description: "Talk with a trained counsellor, free", phone: "1737", text: { number: "1737" }, hours: "24/7", url: "https://1737.org.nz" },
      { name: "Lifeline Aotearoa", description: "Crisis support", phone: "0800 543 354", text: { number: "4357", keyword: "HELP" }, hours: "24/7", url: "https://www.lifeline.org.nz" },
      { name: "Suicide Crisis Helpline", description: "For people in deep distress", phone: "0508 828 865", hours: "24/7" },
    ],
  },
  DE: {
    country: "DE",
    countryName: "Germany",
    emergency: emergency("112"),
    lines: [
      { name: "TelefonSeelsorge", description: "Crisis line, free and anonymous", phone: "0800 111 0 111", hours: "24/7", url: "https://www.telefonseelsorge.de" },
      { name: "TelefonSeelsorge (second number)", description: "Crisis line, free and anonymous", phone: "0800 111 0 222", hours: "24/7", url: "https://www.telefonseelsorge.de" },
    ],
  },
  FR: {
    country: "FR",
    countryName: "France",
    emergency: emergency("112"),
    lines: [{ name: "3114", description: "Numéro national de prévention du suicide", phone: "3114", hours: "24/7", url: "https://3114.fr" }],
  },
  NL: {
    country: "NL",
    countryName: "Netherlands",
    emergency: emergency("112"),
    lines: [
      { name: "113 Zelfmoordpreventie", description: "Suicide prevention line", phone: "113", hours: "24/7", url: "https://www.113.nl" },
      { name: "113 Zelfmoordpreventie (free number)", description: "Suicide prevention line, free", phone: "0800 0113", hours: "24/7", url: "https://www.113.nl" },
    ],
  },
  ES: {
    country: "ES",
    countryName: "Spain",
    emergency: emergency("112"),
    lines: [{ name: "Línea 024", description: "Línea de atención a la conducta suicida", phone: "024", hours: "24/7", url: "https://www.sanidad.gob.es/linea024/" }],
  },
  IN: {
    country: "IN",
    countryName: "India",
    emergency: emergency("112"),
    lines: [{ name: "Tele-MANAS", description: "National mental health helpline, free", phone: "14416", hours: "24/7", url: "https://telemanas.mohfw.gov.in" }, { name: "Tele-MANAS (toll-free)", description: "National mental health helpline, free", phone: "1-800-891-4416", hours: "24/7", url: "https://telemanas.mohfw.gov.in" }],
  },
};

const countryAliases: Readonly<Record<string, string>> = { UK: "GB", EN: "GB", ENG: "GB", SCT: "GB", WLS: "GB", NIR: "GB", USA: "US" };

/** The lines for a country (ISO alpha-2, any case; "UK" is read as "GB"), or the international
 * fallback when the country is unknown or has no entry. */
export function crisisLinesFor(input: { country: string | null | undefined; directory?: CrisisLineDirectory | undefined }): CountryCrisisLines {
  const directory = input.directory ?? defaultCrisisLines;
  const raw = (input.country ?? "").trim().toUpperCase();
  const code = countryAliases[raw] ?? raw;
  return directory[code] ?? internationalCrisisLines;
}

/** A `tel:` link for a number as shown ("116 123" → "tel:116123"). */
export function telHref(number: string): string {
  return `tel:${number.replace(/[^\d+]/g, "")}`;
}

/** An `sms:` link, with the keyword as the body when there is one. */
export function smsHref(text: CrisisLineText): string {
  const number = text.number.replace(/[^\d+]/g, "");
  return text.keyword === undefined ? `sms:${number}` : `sms:${number}?body=${encodeURIComponent(text.keyword)}`;
}

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/** Checks an admin-edited directory (plain, no zod; the server may also validate with zod). */
export function validateCrisisLineDirectory(value: unknown): ValidationResult<CrisisLineDirectory> {
  const errors: string[] = [];
  if (typeof value !== "object" || value === null || Array.isArray(value)) return { ok: false, errors: ["directory must be an object keyed by country code"] };
  for (const [key, entry] of Object.entries(value as Record<string, unknown>)) {
    const at = (field: string): string => `${key}.${field}`;
    if (!/^(?:[A-Z]{2}|INTL)$/.test(key)) errors.push(`${key}: key must be an ISO 3166-1 alpha-2 code in capitals`);
    if (typeof entry !== "object" || entry === null) {
      errors.push(`${key}: must be an object`);
      continue;
    }
    const country = entry as Record<string, unknown>;
    if (country.country !== key) errors.push(`${at("country")}: must equal the key`);
    if (typeof country.countryName !== "string" || country.countryName.trim() === "") errors.push(`${at("countryName")}: required`);
    const emergencyValue = country.emergency;
    if (emergencyValue !== null) {
      const e = emergencyValue as Record<string, unknown> | undefined;
      if (typeof e !== "object" || !isDialable(e.number)) errors.push(`${at("emergency.number")}: a number to dial is required (or emergency: null)`);
      else if (typeof e.label !== "string" || e.label.trim() === "") errors.push(`${at("emergency.label")}: required`);
    }
    if (!Array.isArray(country.lines) || country.lines.length === 0) {
      errors.push(`${at("lines")}: at least one line is required`);
      continue;
    }
    country.lines.forEach((line: unknown, index: number) => {
      const where = (field: string): string => at(`lines[${index}].${field}`);
      if (typeof line !== "object" || line === null) {
        errors.push(`${at(`lines[${index}]`)}: must be an object`);
        return;
      }
      const l = line as Record<string, unknown>;
      if (typeof l.name !== "string" || l.name.trim() === "") errors.push(`${where("name")}: required`);
      if (typeof l.description !== "string") errors.push(`${where("description")}: required`);
      if (typeof l.hours !== "string" || l.hours.trim() === "") errors.push(`${where("hours")}: required`);
      if (l.phone !== undefined && !isDialable(l.phone)) errors.push(`${where("phone")}: must be a number to dial`);
      if (l.text !== undefined) {
        const t = l.text as Record<string, unknown> | null;
        if (typeof t !== "object" || t === null || !isDialable(t.number)) errors.push(`${where("text.number")}: must be a number to text`);
        else if (t.keyword !== undefined && (typeof t.keyword !== "string" || t.keyword.trim() === "")) errors.push(`${where("text.keyword")}: must be a word`);
      }
      if (l.url !== undefined && (typeof l.url !== "string" || !/^https:\/\/\S+$/.test(l.url))) errors.push(`${where("url")}: must be an https URL`);
      if (l.phone === undefined && l.text === undefined && l.url === undefined) errors.push(`${at(`lines[${index}]`)}: needs a phone, a text number or a url`);
    });
  }
  return errors.length === 0 ? { ok: true, value: value as CrisisLineDirectory } : { ok: false, errors };
}

function isDialable(value: unknown): boolean {
  return typeof value === "string" && /^\+?[\d\s-]{2,20}$/.test(value) && /\d/.test(value);
}
