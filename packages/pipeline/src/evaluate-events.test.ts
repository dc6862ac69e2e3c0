import { describe, expect, it } from "vitest";
import { type GoldEvent, type PredictedEvent, scoreEvents } from "./evaluate-events.js";

const event = (actor: string, recipient: string): GoldEvent & PredictedEvent => ({
  type: "ASSAULT",
  actor,
  recipient,
  object: null,
  status: "occurred",
  date: null,
});

describe("scoring events", () => {
  it("counts a reversed event as a swap only when it reports nothing else", () => {
    const score = (gold: GoldEvent[], predicted: PredictedEvent[]) =>
      scoreEvents(new Map([["a", gold]]), new Map([["a", predicted]]));
    // Russia struck Ukraine, and Ukraine struck back: the second one found, the first missed.
    const both = score([event("Russia", "Ukraine"), event("Ukraine", "Russia")], [event("Ukraine", "Russia")]);
    expect([both.matched, both.swaps]).toEqual([1, 0]);
    const reversed = score([event("Russia", "Ukraine")], [event("Ukraine", "Russia")]);
    expect([reversed.matched, reversed.swaps]).toEqual([0, 1]);
  });

  it("pairs a pledge and its delivery with their own gold events, whatever order the gold lists them in", () => {
    const aid = (status: string): GoldEvent & PredictedEvent => ({
      ...event("United States", "Ukraine"),
      type: "AID",
      object: "ATACMS",
      status,
    });
    const score = scoreEvents(
      new Map([["a", [aid("pledged"), aid("delivered")]]]),
      new Map([["a", [aid("delivered"), aid("pledged")]]]),
    );
    expect([score.matched, score.statusRight, score.pledgesAsDeliveries]).toEqual([2, 2, 0]);
  });
});
