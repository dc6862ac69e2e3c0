/**
 * An event mention's status from the words before its trigger in its clause: denied, requested,
 * hypothetical, pledged, delivered or occurred (see the pipeline README for the rules).
 */
import type { TimeExpression } from "@sitrep/core";
import { type EventStatus, type EventType, STATUS_CUES, type Trigger } from "./lexicon.js";

export function statusOf(info: Trigger, type: EventType, fullLead: string, triggerText: string): EventStatus {
  const found = new Set<EventStatus>();
  // "did not include the drones, which Kyiv had requested": a relative clause has its own status;
  // "would announce … that the United States will send": a modal before a reporting verb is the report's.
  // "Germany, which could send tanks, has refused": a closed one says nothing of the verb after it.
  const relative = fullLead.search(/,\s*(?:which|who|whom|whose)\s+(?:[^,;]*)$/i);
  const lead = (relative >= 0 ? fullLead.slice(relative + 1) : fullLead)
    .replace(/,\s*(?:which|who|whom|whose)\s[^,;]*,/gi, ",")
    .replace(
      /\b(?:would|could|might|may)\s+(?=(?:\w+ly\s+)?(?:announce|say|tell|confirm|disclose|reveal|unveil|declare)\b)/gi,
      "",
    );
  // "said the tanks would not change the course of the conflict and warned Berlin": a negation
  // does not reach over "and" to the next verb, nor does a modal to a verb in the past; a condition
  // does ("if Russia attacks and …"), as a modal does to a bare verb ("could drag and escalate").
  const own = lead.slice(Math.max(0, lead.search(/\s(?:and|but)\s+(?:\w+ly\s+)?(?:also\s+)?$/i)));
  const past = /ed$/i.test(triggerText);
  for (const [status, re] of STATUS_CUES) {
    re.lastIndex = 0;
    if (re.test(status === "denied" || past ? own : lead)) found.add(status);
  }
  const scope = past ? own : lead;
  if (found.has("denied")) return "denied";
  if (type === "AID" && found.has("requested")) return "requested";
  // "called on Europe to impose sanctions", "told Putin to withdraw his troops and begin talks": asked of others, not done.
  if (
    /\b(?:call(?:s|ed|ing)?\s+on|urge[sd]?|urging|ask(?:s|ed|ing)?|press(?:es|ed|ing)?|told|tell|tells|telling)\s+(?:\S+\s+){0,6}to\s+(?:[^.;,]{0,40}\s+and\s+)?(?:(?:begin|start|hold|open|resume|enter(?:\s+into)?)\s+)?$/i.test(
      lead,
    )
  )
    return "requested";
  // "Berlin would send four launchers and plans to deliver them by the end of the year": the
  // trigger's own verb, after the "and", is a plan, whatever the modal of the verb before it.
  if (/\b(?:and|but)\s+(?:also\s+)?(?:plans|intends|aims|is\s+planning|are\s+planning)\s+to\s*$/i.test(lead))
    return "pledged";
  // "Sunak said Britain would provide": reported future is a plan, not a hypothesis.
  const reported = /\b(?:said|says|announced|told|confirmed|promised|pledged|stated)\b[^.;]*\bwould\b/i.test(scope);
  if (
    (found.has("hypothetical") && !(reported && !/\b(?:if|could|might|may|whether)\b/i.test(scope))) ||
    /\bmay\b/.test(scope)
  )
    return "hypothetical";
  // "the EU's plan, agreed in March, to provide": a plan to do it.
  if (reported || /\bplans?\b[^.;]{0,80}\bto\s*$/i.test(scope)) return "pledged";
  // Future events of any type are planned ("will meet", "will enable Kyiv to strike"); a pledge word pledges aid only.
  if (found.has("pledged")) return "pledged";
  if (info.pledge) return type === "AID" || type === "SANCTION" || type === "CONSULT" ? "pledged" : "occurred";
  if (type === "AID" && (info.delivered || /^(?:has|have|had)\s/i.test(lead.slice(-12).trim()))) return "delivered";
  // "Britain has become the first country to supply Ukraine with …": done, not promised.
  if (/\bfirst\s+(?:[\w-]+\s+){0,2}to\s+$/i.test(scope)) return type === "AID" ? "delivered" : "occurred";
  // "The Netherlands completed the transfer of its F-16s": done, so delivered.
  if (type === "AID" && /\b(?:completed|finished|concluded)\s+(?:the\s+|its\s+|their\s+)?$/i.test(lead))
    return "delivered";
  // "France began delivering its SCALP variant": under way, so delivered.
  if (type === "AID" && /ing$/i.test(triggerText) && /\b(?:began|begun|started|continued|kept|resumed)\s+$/i.test(lead))
    return "delivered";
  // "Russia has been receiving drones from Iran", "were sending shells": going on, or gone on, so delivered.
  if (
    type === "AID" &&
    /ing$/i.test(triggerText) &&
    /\b(?:(?:has|have|had)\s+been|was|were)\s+(?:\w+ly\s+)?$/i.test(lead)
  )
    return "delivered";
  // "accused North Korea of shipping munitions": a gerund after a preposition reports what was done.
  if (type === "AID" && /ing$/i.test(triggerText) && !/\b(?:of|for|from|by|after|since)\s+$/i.test(lead))
    return "pledged";
  return "occurred";
}

/** The lead with its time expressions, and a preposition just before one, taken out. */
export function withoutDates(lead: string, from: number, dates: readonly TimeExpression[]): string {
  let out = lead;
  // From the last date back, so earlier offsets stay true.
  for (const d of [...dates].reverse()) {
    if (d.start < from || d.end - from > lead.length) continue;
    const at = d.start - from;
    const before =
      /(?:\s+(?:on|in|at|by|during|over|since|until|from|early|late|earlier|later|this|last|next))?\s*$/i.exec(
        out.slice(0, at),
      );
    out = out.slice(0, at - (before?.[0].length ?? 0)) + out.slice(d.end - from);
  }
  return out;
}

/**
 * What the words after a trigger say of its status, over what the words before said; null when
 * they say nothing. A plan set aside: "has put its plans to send Saab Gripen jets on hold",
 * "shelved plans to deliver" may yet happen (hypothetical), "scrapped plans to send" will not
 * (denied). A delivery they put ahead ("with deliveries expected next year", "the transfer is due in
 * March") is planned, one they say began or was completed ("Deliveries of F-16s to Ukraine began in
 * July") delivered. "supplying weapons to Kyiv would be a reckless step" supposes.
 */
export function statusFromAfter(triggerText: string, lead: string, after: string): EventStatus | null {
  if (/\bplans?\s+to\s+$/i.test(lead)) {
    const verb =
      /\b(shelved|suspended|paused|postponed|froze|frozen|scrapped|abandoned|dropped|cancell?ed)\s+(?:[\w-]+\s+){0,2}plans?\s+to\s+$/i.exec(
        lead,
      )?.[1];
    if (verb) return /^(?:scrapped|abandoned|dropped|cancell?ed)$/i.test(verb) ? "denied" : "hypothetical";
    if (/^[^.;]{0,80}?\bon\s+(?:hold|ice)\b/i.test(after)) return "hypothetical";
  }
  if (/^(?:deliver(?:y|ies)|shipments?|transfers?)$/i.test(triggerText)) {
    if (
      /^\s+(?:of\s+[^,.;]{1,60}?\s+)?(?:(?:is|are|was|were)\s+)?(?:expected|due|scheduled|planned|set)\b/i.test(after)
    )
      return "pledged";
    if (
      /^\s+(?:(?:of|to)\s+[^,.;]{1,60}?\s+)?(?:(?:has|have)\s+)?(?:began|begun|started|resumed|arrived|been\s+completed|was\s+completed|were\s+completed)\b/i.test(
        after,
      )
    )
      return "delivered";
  }
  return /ing$/i.test(triggerText) && /^[^.;]{0,60}\b(?:would|could|might)\b/i.test(after) ? "hypothetical" : null;
}
