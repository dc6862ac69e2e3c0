/**
 * The Actors section (the most named people, organizations and places, and who acts on whom) and
 * the Equipment and aid section (each weapon system moved or promised: supplier, recipient,
 * status, date, quantity, what it is and how far it reaches).
 */
import type { Event } from "@sitrep/core";
import { weaponSpecs } from "@sitrep/pipeline";
import { readableDate } from "../developments.js";
import type { Datasets } from "../read-datasets.js";
import { type BriefingDocument, CHAPTER_ROOM } from "./document.js";

const TOP_ENTITIES = 12;
const TOP_PAIRS = 15;
const EQUIPMENT_ROWS = 40;

const ENTITY_GROUPS = [
  ["People", ["PERSON"]],
  ["Organizations", ["ORG"]],
  ["Countries and places", ["GPE", "LOC", "FACILITY"]],
] as const;

export function actorsSection(pdf: BriefingDocument, data: Datasets): void {
  pdf.chapter("Actors", CHAPTER_ROOM, () => {
    pdf.paragraph(
      `The most named entities of each kind (at most ${TOP_ENTITIES}; entities.csv has them all), then who acts on whom in the events.`,
      "meta",
    );
    for (const [label, types] of ENTITY_GROUPS) {
      const top = data.entities
        .filter((e) => (types as readonly string[]).includes(e.type))
        .sort((a, b) => b.mention_count - a.mention_count || a.entity_id.localeCompare(b.entity_id))
        .slice(0, TOP_ENTITIES);
      if (top.length === 0) continue;
      pdf.heading(3, label);
      pdf.table(
        [
          { header: "Name", width: 4 },
          { header: "Type", width: 1.3 },
          { header: "Mentions", width: 1.2 },
          { header: "Articles", width: 1.2 },
        ],
        top.map((e) => [e.name, e.type, String(e.mention_count), String(e.article_count)]),
      );
    }
    const pairs = new Map<string, { actor: string; recipient: string; events: number; types: Set<string> }>();
    for (const e of data.events) {
      if (!e.actor || !e.recipient) continue;
      const key = `${e.actor_id}\u0000${e.recipient_id}`;
      const pair = pairs.get(key) ?? { actor: e.actor, recipient: e.recipient, events: 0, types: new Set<string>() };
      pair.events++;
      pair.types.add(e.type);
      pairs.set(key, pair);
    }
    const ranked = [...pairs.entries()]
      .sort((a, b) => b[1].events - a[1].events || a[0].localeCompare(b[0]))
      .slice(0, TOP_PAIRS);
    if (ranked.length === 0) return;
    pdf.heading(3, "Who acts on whom");
    pdf.table(
      [
        { header: "Actor", width: 3 },
        { header: "Recipient", width: 3 },
        { header: "Events", width: 1 },
        { header: "Types", width: 2.5 },
      ],
      ranked.map(([, p]) => [p.actor, p.recipient, String(p.events), [...p.types].sort().join(", ")]),
    );
  });
}

const isEquipment = (e: Event) => e.type === "AID" && e.object_id?.startsWith("weapon:") === true;

export function equipmentSection(pdf: BriefingDocument, data: Datasets): void {
  const specs = weaponSpecs();
  const quantities = new Map(data.quantities.map((q) => [q.quantity_id, q]));
  const rows = data.events
    .filter(isEquipment)
    .sort(
      (a, b) =>
        (a.object ?? "").localeCompare(b.object ?? "") ||
        (a.date ?? "").localeCompare(b.date ?? "") ||
        a.event_id.localeCompare(b.event_id),
    );
  pdf.chapter("Equipment and aid", CHAPTER_ROOM, () => {
    if (rows.length === 0) {
      pdf.paragraph("No weapon system is reported moved or promised in these articles.", "body");
      return;
    }
    pdf.paragraph(
      "Weapon systems reported delivered, pledged or requested, by system: who supplies whom, the status, the date, a " +
        "quantity where the sentence gives one, and the system's kind and nominal range from sitrep's weapons lexicon.",
      "meta",
    );
    pdf.table(
      [
        { header: "System", width: 2.2 },
        { header: "Supplier → recipient", width: 3.2 },
        { header: "Status", width: 1.4 },
        { header: "Date", width: 1.4 },
        { header: "Quantity", width: 1.5 },
        { header: "Kind, range", width: 2.4 },
      ],
      rows.slice(0, EQUIPMENT_ROWS).map((e) => {
        const spec = e.object_id ? specs.get(e.object_id) : undefined;
        // A count or a sum of money; a distance is the range, which the last column gives.
        const q = e.quantity_id ? quantities.get(e.quantity_id) : undefined;
        const quantity =
          q && (q.normalized_unit === "count" || /^[A-Z]{3}$/.test(q.normalized_unit ?? "")) ? q.text : undefined;
        return [
          e.object ?? "",
          `${e.actor ?? "?"} → ${e.recipient ?? "?"}`,
          e.status,
          e.date ? readableDate(e.date) : "undated",
          quantity ?? "",
          spec ? `${spec.category}${spec.rangeKm ? `, ${spec.rangeKm} km` : ""}` : "",
        ];
      }),
    );
    if (rows.length > EQUIPMENT_ROWS)
      pdf.paragraph(`… and ${rows.length - EQUIPMENT_ROWS} more in events.csv (type AID, a weapon as object).`, "meta");
  });
}
