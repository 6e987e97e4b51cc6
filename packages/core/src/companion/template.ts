// Copy templates: "{slot}" placeholders filled from a record. A template needing a slot that is
// missing or empty cannot be used (null), so the engine only says what it actually knows.
// "{Slot}" (capitalised name) fills the value with its first letter capitalised.

export type Slots = Readonly<Record<string, string | null | undefined>>;

const slotPattern = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

export function slotsOf(template: string): string[] {
  return [...template.matchAll(slotPattern)].map((match) => match[1] ?? "");
}

export function fillTemplate(template: string, slots: Slots): string | null {
  let missing = false;
  const filled = template.replace(slotPattern, (_, name: string) => {
    const lowerName = name.charAt(0).toLowerCase() + name.slice(1);
    const value = slots[name] ?? slots[lowerName];
    if (value === null || value === undefined || value.length === 0) {
      missing = true;
      return "";
    }
    return name === lowerName ? value : value.charAt(0).toUpperCase() + value.slice(1);
  });
  if (missing) return null;
  return filled.charAt(0).toUpperCase() + filled.slice(1);
}

/** Every template that can be filled, filled. */
export function fillable(templates: readonly string[], slots: Slots): string[] {
  const out: string[] = [];
  for (const template of templates) {
    const filled = fillTemplate(template, slots);
    if (filled !== null) out.push(filled);
  }
  return out;
}
