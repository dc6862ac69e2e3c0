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
const iso3Of = (e: Entity) => e.entity_id.slice(4).toUpperCase();
/** How much wider than the focus country the frame is, so its neighbours show. */
const MARGIN = 0.6;
const MAX_LABELS = 14;

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
  const doc = pdf.doc;
  const context = {
    beginPath: () => {},
    moveTo: (x: number, y: number) => void doc.moveTo(x, y),
    lineTo: (x: number, y: number) => void doc.lineTo(x, y),
    closePath: () => void doc.closePath(),
    arc: () => {},
  };
  const path = geoPath(projection, context);
  const mentioned = new Set(placed.filter(isCountry).map((e) => numericOf.get(iso3Of(e))));
  const inside = (p: [number, number] | null): p is [number, number] =>
    p !== null && p[0] >= left && p[0] <= left + width && p[1] >= top && p[1] <= top + height;
  const points = placed
    .filter((e) => !isCountry(e))
    .map((e) => ({ e, at: projection([e.longitude as number, e.latitude as number]) }))
    .filter((p): p is { e: Entity; at: [number, number] } => inside(p.at))
    .slice(0, MAX_LABELS);
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
    // Country names at their centres, where the whole country's centre is in the frame: the focus,
    // then the other countries the articles name.
    const centre = geoPath(
      geoAzimuthalEqualArea().rotate(projection.rotate()).scale(projection.scale()).translate(projection.translate()),
    );
    for (const f of countries.features) {
      const id = String(f.id);
      if (id !== String(focusShape?.id) && !mentioned.has(id)) continue;
      const at = centre.centroid(f);
      if (!inside(at) || Number.isNaN(at[0])) continue;
      const name = f.properties.name;
      doc.font("bold", 8).fillColor("#0b2545");
      // Kept whole inside the frame: a centre near the edge moves its name in rather than cutting it.
      const w = doc.widthOfString(name);
      const x = Math.min(Math.max(at[0] - w / 2, left + 3), left + width - w - 3);
      const y = Math.min(Math.max(at[1] - 4, top + 3), top + height - 12);
      doc.text(name, x, y, { lineBreak: false });
    }
    for (const { e, at } of points) {
      doc.circle(at[0], at[1], 2.2).fill("#b3261e");
      doc
        .font("regular", 7)
        .fillColor("#222222")
        .text(e.name, at[0] + 3.5, at[1] - 4, { lineBreak: false });
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
        ? ` Also named, outside the frame or past ${MAX_LABELS} labels: ${outside.slice(0, 20).join(", ")}${outside.length > 20 ? `, and ${outside.length - 20} more` : ""}.`
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
