/** The weapons lexicon's facts about each system, for reports: what it is, who makes it, how far it reaches. */
import { loadLexicon } from "../lexicons.js";

export interface WeaponSpec {
  readonly id: string;
  readonly name: string;
  readonly category: string;
  /** ISO3 of the producing country. */
  readonly producer: string | null;
  /** Nominal range in km, where the lexicon gives one. */
  readonly rangeKm: number | null;
}

let specs: Map<string, WeaponSpec> | undefined;

export function weaponSpecs(): ReadonlyMap<string, WeaponSpec> {
  if (!specs) {
    const { weapons } = loadLexicon<{
      weapons: { id: string; name: string; category: string; producer: string | null; range_km: number | null }[];
    }>("weapons.json");
    specs = new Map(
      weapons.map((w) => [
        w.id,
        { id: w.id, name: w.name, category: w.category, producer: w.producer, rangeKm: w.range_km },
      ]),
    );
  }
  return specs;
}
