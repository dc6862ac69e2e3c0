/**
 * The map: Natural Earth countries (world-atlas, 1:50m) drawn as vector paths, zoomed to the most
 * mentioned place and its neighbours, mentioned countries shaded, mentioned cities and regions
 * as labelled dots; places outside the frame are listed under it. Tagged as a figure with alt text.
 */
import { createRequire } from "node:module";
import type { Entity } from "@sitrep/core";
import { type GeoPermissibleObjects, geoArea, geoAzimuthalEqualArea, geoPath } from "d3-geo";
import type { Feature, FeatureCollection, Geometry, Polygon } from "geojson";
import { feature } from "topojson-client";
import type { Datasets } from "../read-datasets.js";
import type { BriefingDocument } from "./document.js";
import { printable } from "./fonts.js";

const require = createRequire(import.meta.url);

interface Country {
  readonly cca3: string;
  readonly ccn3: string;
}

let countries: FeatureCollection<Geometry, { name: string }> | undefined;
let numericOf: Map<string, string> | undefined;

function atlas(): { countries: FeatureCollection<Geometry, { name: string }>; numericOf: Map<string, string> } {
  if (!countries || !numericOf) {
    const topology = require("world-atlas/countries-50m.json") as Parameters<typeof feature>[0];
    const object = topology.objects.countries as Parameters<typeof feature>[1];
    countries = feature(topology, object) as unknown as FeatureCollection<Geometry, { name: string }>;
    numericOf = new Map(
      (require("world-countries/countries.json") as Country[]).map((c) => [c.cca3.toUpperCase(), c.ccn3]),
    );
  }
  return { countries, numericOf };
}

const isCountry = (e: Entity) => /^gpe:[a-z]{3}$/.test(e.entity_id);
/** A continent, a sea or a region across borders ("North America", "Black Sea"): named on the map, not a dot. */
const isRegion = (e: Entity) => e.type === "LOC" && !e.iso3;
const iso3Of = (e: Entity) => e.entity_id.slice(4).toUpperCase();
/** How much wider than the focus country the frame is, so its neighbours show. */
const MARGIN = 0.6;
const MAX_LABELS = 14;
/** Square points of a neighbour's visible area below which it is too small to name. */
const MIN_NEIGHBOUR_AREA = 1500;

export function mapSection(pdf: BriefingDocument, data: Datasets): void {
  const placed = data.entities
    .filter((e) => e.latitude !== null && e.longitude !== null && ["GPE", "LOC", "FACILITY"].includes(e.type))
    .sort((a, b) => b.mention_count - a.mention_count || a.entity_id.localeCompare(b.entity_id));
  const focus = placed[0];
  // The frame and its caption need most of a page.
  pdf.chapter("Map", 420, () => {
    if (focus) drawMap(pdf, placed, focus);
    else pdf.paragraph("No place with known coordinates is named in these articles.", "body");
  });
}

/** The frame fitted to `focus`, the first of `placed` (places by mentions), and its caption. */
function drawMap(pdf: BriefingDocument, placed: readonly Entity[], focus: Entity): void {
  const { countries, numericOf } = atlas();
  const byNumeric = new Map(countries.features.map((f) => [String(f.id), f]));
  const focusShape = isCountry(focus) ? byNumeric.get(numericOf.get(iso3Of(focus)) ?? "") : undefined;
  const [lon, lat] = [focus.longitude as number, focus.latitude as number];
  const width = pdf.contentWidth;
  const height = Math.min(360, width * 0.75);
  const left = pdf.doc.page.margins.left;
  const top = pdf.doc.y + 4;
  const projection = geoAzimuthalEqualArea().rotate([-lon, -lat]);
  // The focus country (or a few degrees around a city) fills the frame less a margin for its neighbours.
  const frame: GeoPermissibleObjects =
    (focusShape && mainland(focusShape)) ??
    ({
      type: "Feature",
      properties: {},
      geometry: {
        type: "MultiPoint",
        coordinates: [
          [lon - 6, lat - 4],
          [lon + 6, lat + 4],
        ],
      },
    } as Feature);
  const inset = (Math.min(width, height) * MARGIN) / (2 * (1 + MARGIN));
  projection.fitExtent(
    [
      [left + inset, top + inset],
      [left + width - inset, top + height - inset],
    ],
    frame,
  );
  projection.clipExtent([
    [left, top],
    [left + width, top + height],
  ]);
  const context = {
    beginPath: () => {},
    moveTo: (x: number, y: number) => void doc.moveTo(x, y),
    lineTo: (x: number, y: number) => void doc.lineTo(x, y),
    closePath: () => void doc.closePath(),
    arc: () => {},
  };
  const path = geoPath(projection, context);
  const inside = (p: [number, number] | null): p is [number, number] =>
    p !== null && p[0] >= left && p[0] <= left + width && p[1] >= top && p[1] <= top + height;
  const candidates = placed
    .filter((e) => !isCountry(e))
    .map((e) => ({ e, at: projection([e.longitude as number, e.latitude as number]) }))
    .filter((p): p is { e: Entity; at: [number, number] } => inside(p.at));
  const doc = pdf.doc;
  const labels = new Labels({ x0: left + 2, y0: top + 2, x1: left + width - 2, y1: top + height - 2 });
  // Country names first, the focus's before the rest: where their names would cover each other or
  // a place's, the later one gives way.
  const centre = geoPath(
    geoAzimuthalEqualArea().rotate(projection.rotate()).scale(projection.scale()).translate(projection.translate()),
  );
  const mentioned = new Set(placed.filter(isCountry).map((e) => numericOf.get(iso3Of(e))));
  const countryLabels: { name: string; x: number; y: number; named: boolean }[] = [];
  // The visible part of a country, for one whose centre lies off the frame (Russia on a map of Ukraine).
  const visible = geoPath(projection);
  const shaded = [focusShape, ...countries.features.filter((f) => mentioned.has(String(f.id)) && f !== focusShape)];
  // Then, lighter, the neighbours nobody named, for orientation, where enough of them shows.
  const others = countries.features
    .filter((f) => f !== focusShape && !mentioned.has(String(f.id)))
    .map((f) => ({ f, area: visible.area(f) }))
    .filter((o) => o.area > MIN_NEIGHBOUR_AREA)
    .sort((a, b) => b.area - a.area || String(a.f.id).localeCompare(String(b.f.id)))
    .map((o) => o.f);
  for (const f of [...shaded, ...others]) {
    if (!f) continue;
    const named = f === focusShape || mentioned.has(String(f.id));
    let at = centre.centroid(f);
    if (!inside(at) || Number.isNaN(at[0])) at = visible.centroid(f);
    if (!inside(at) || Number.isNaN(at[0])) continue;
    const name = printable(f.properties.name);
    doc.font(named ? "bold" : "regular", named ? 8 : 7);
    const w = doc.widthOfString(name);
    // Kept whole inside the frame: a centre near the edge moves its name in rather than cutting it.
    const x = Math.min(Math.max(at[0] - w / 2, left + 3), left + width - w - 3);
    const y = Math.min(Math.max(at[1] - 4, top + 3), top + height - 12);
    if (labels.take({ x0: x, y0: y, x1: x + w, y1: y + 9 })) countryLabels.push({ name, x, y, named });
  }
  const points: { e: Entity; at: [number, number]; label: { x: number; y: number }; dot: boolean }[] = [];
  for (const { e, at } of candidates) {
    if (points.length >= MAX_LABELS) break;
    doc.font(isRegion(e) ? "italic" : "regular", 7);
    const w = doc.widthOfString(printable(e.name));
    if (isRegion(e)) {
      const box = { x0: at[0] - w / 2, y0: at[1] - 4, x1: at[0] + w / 2, y1: at[1] + 5 };
      if (labels.take(box)) points.push({ e, at, label: { x: box.x0, y: box.y0 }, dot: false });
      continue;
    }
    const dot = { x0: at[0] - 2.5, y0: at[1] - 2.5, x1: at[0] + 2.5, y1: at[1] + 2.5 };
    if (!labels.free(dot)) continue;
    // Beside its dot, where a reader looks first, else wherever around it the label has room.
    const spots = [
      { x: at[0] + 3.5, y: at[1] - 4 },
      { x: at[0] - 3.5 - w, y: at[1] - 4 },
      { x: at[0] - w / 2, y: at[1] - 12 },
      { x: at[0] - w / 2, y: at[1] + 3 },
    ];
    const spot = spots.find((p) => labels.free({ x0: p.x, y0: p.y, x1: p.x + w, y1: p.y + 9 }));
    if (!spot) continue;
    labels.take(dot);
    labels.take({ x0: spot.x, y0: spot.y, x1: spot.x + w, y1: spot.y + 9 });
    points.push({ e, at, label: spot, dot: true });
  }
  const shown = new Set(points.map((p) => p.e.entity_id));
  const countryNames = placed.filter(isCountry).map((e) => e.name);
  const alt =
    `Map centred on ${focus.name}${focusShape ? " and its neighbours" : ""}; countries named in the articles are shaded` +
    (countryNames.length > 0 ? ` (${countryNames.slice(0, 8).join(", ")})` : "") +
    (points.length > 0 ? `; places marked: ${points.map((p) => p.e.name).join(", ")}.` : ".");
  pdf.figure(alt, () => {
    doc.save();
    doc.rect(left, top, width, height).fill("#dbe9f6");
    doc.rect(left, top, width, height).clip();
    for (const f of countries.features) {
      doc.lineWidth(0.4).strokeColor("#ffffff");
      path(f);
      const id = String(f.id);
      doc.fillAndStroke(
        id === String(focusShape?.id) ? "#9fb8d3" : mentioned.has(id) ? "#c3d4e6" : "#eeeeea",
        "#ffffff",
      );
    }
    // Country names where their labels were placed: at the country's centre, or its visible part's.
    for (const { name, x, y, named } of countryLabels)
      doc
        .font(named ? "bold" : "regular", named ? 8 : 7)
        .fillColor(named ? "#0b2545" : "#6b7785")
        .text(name, x, y, { lineBreak: false });
    for (const { e, at, label, dot } of points) {
      if (dot) doc.circle(at[0], at[1], 2.2).fill("#b3261e");
      doc
        .font(dot ? "regular" : "italic", 7)
        .fillColor(dot ? "#222222" : "#35506b")
        .text(printable(e.name), label.x, label.y, { lineBreak: false });
    }
    doc.restore();
    doc.rect(left, top, width, height).lineWidth(0.6).stroke("#8da9c4");
  });
  doc.x = left;
  doc.y = top + height + 6;
  const outside = placed.filter((e) => !isCountry(e) && !shown.has(e.entity_id)).map((e) => e.name);
  pdf.paragraph(
    `Natural Earth 1:50m (world-atlas), azimuthal equal-area projection centred on ${focus.name}.` +
      (outside.length > 0
        ? ` Also named, outside the frame, past ${MAX_LABELS} labels or where a label had no room: ${outside.slice(0, 20).join(", ")}${outside.length > 20 ? `, and ${outside.length - 20} more` : ""}.`
        : ""),
    "meta",
  );
}

/** A country's largest part: the United States without Alaska and Hawaii, France without its overseas departments. */
function mainland(country: Feature<Geometry>): GeoPermissibleObjects {
  const g = country.geometry;
  if (g.type !== "MultiPolygon") return country;
  const parts: Polygon[] = g.coordinates.map((coordinates) => ({ type: "Polygon", coordinates }));
  return parts.reduce((a, b) => (geoArea(b) > geoArea(a) ? b : a));
}

interface Box {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** The map's labels and dots so far: a new one goes only where it covers none of them and stays in the frame. */
class Labels {
  private readonly taken: Box[] = [];

  constructor(private readonly frame: Box) {}

  free(b: Box): boolean {
    const f = this.frame;
    if (b.x0 < f.x0 || b.y0 < f.y0 || b.x1 > f.x1 || b.y1 > f.y1) return false;
    return !this.taken.some((t) => b.x0 < t.x1 && t.x0 < b.x1 && b.y0 < t.y1 && t.y0 < b.y1);
  }

  take(b: Box): boolean {
    if (!this.free(b)) return false;
    this.taken.push(b);
    return true;
  }
}
