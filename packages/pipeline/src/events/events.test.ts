import { describe, expect, it } from "vitest";
import { articleOf, seedArticle, seedGold } from "../../test/seed.js";
import { gazetteer } from "../entities/index.js";
import { EventTable } from "./merge.js";

const eventsOf = (body: string, published = "2024-06-03") => {
  const article = articleOf(body, published);
  const table = new EventTable();
  table.add("t", published, article.events);
  return table.rows().events.map((e) => [e.type, e.status, e.actor, e.recipient, e.object, e.date]);
};

describe("events of the original seed", () => {
  const { events, text } = seedArticle();
  const table = new EventTable();
  table.add("seed", "2023-09-23", events);
  const { events: rows, mentions } = table.rows();
  const core = seedGold.events.filter((e) => e.core);
  // The gold names a ministry's act by its state ("Russia"); the row keeps the ministry and its country.
  const country = (iso3: string | null) => (iso3 ? gazetteer().byId.get(`gpe:${iso3.toLowerCase()}`)?.name : null);

  it.each(core.map((e) => [e.type, e.actor, e.status, e.object ?? "", e]))("has %s: %s %s %s", (...args) => {
    const gold = args[4] as (typeof core)[number];
    const candidates = rows.filter(
      (r) =>
        r.type === gold.type &&
        (r.object ?? undefined) === gold.object &&
        (!gold.status || r.status === gold.status) &&
        [r.actor, country(r.actor_country), r.recipient].includes(gold.actor),
    );
    const row = candidates.find((r) => [r.actor, r.recipient].includes(gold.recipient ?? null)) ?? candidates[0];
    // A meeting has no direction: Zelenskyy met Biden is Biden met Zelenskyy.
    const sides = gold.type === "CONSULT" ? [row?.actor, row?.recipient].sort() : [row?.actor, row?.recipient];
    const want = gold.type === "CONSULT" ? [gold.actor, gold.recipient].sort() : [gold.actor, gold.recipient];
    if (sides[0] !== want[0]) expect(country(row?.actor_country ?? null)).toBe(gold.actor);
    expect(sides[1]).toBe(want[1]);
    // A dated gold event is dated ("has told Zelenskyy" on the day the two met, 2023-09-21).
    if (gold.date) expect(row?.date && gold.date.startsWith(row.date)).toBe(true);
  });

  it("does not date an event by a date describing a noun after it", () => {
    const demand = rows.find((r) => r.type === "DEMAND" && r.object === "ATACMS");
    expect(demand?.actor).toBe("Ukraine");
    expect(demand?.date).toBeNull();
  });

  it("records the ATACMS pledge once, with every sentence that reports it", () => {
    const pledges = rows.filter((r) => r.type === "AID" && r.object === "ATACMS" && r.status === "pledged");
    expect(pledges).toHaveLength(1);
    expect(pledges[0]?.mention_count).toBeGreaterThanOrEqual(2);
    expect(pledges[0]?.summary).toMatch(/^United States pledged ATACMS/);
  });

  it("has the meeting at the White House on 2023-09-21, and marks caption events as captions", () => {
    const meeting = rows.find((r) => r.type === "CONSULT" && r.location === "White House");
    expect([meeting?.actor, meeting?.recipient].sort()).toEqual(["Joe Biden", "Volodymyr Zelenskyy"]);
    expect(meeting?.date).toBe("2023-09-21");
    const caption = mentions.filter((m) => m.source_kind === "caption");
    expect(caption.length).toBeGreaterThan(0);
    for (const m of mentions) expect(m.end).toBeLessThanOrEqual(text.length);
  });

  it("dates what one told the other by the day the two met, and nothing without such a meeting", () => {
    const told = (body: string) =>
      eventsOf(body, "2023-09-23")
        .filter((e) => e[0] === "AID")
        .map((e) => e[5]);
    const meeting = "Volodymyr Zelenskyy met Joe Biden at the White House on Thursday. ";
    expect(
      told(`${meeting}Joe Biden has told Volodymyr Zelenskyy that the United States will provide ATACMS.`),
    ).toEqual(["2023-09-21"]);
    expect(told("Joe Biden has told Volodymyr Zelenskyy that the United States will provide ATACMS.")).toEqual([null]);
  });

  it("gives aid promised to a listener to the listener's country, and none to reporters", () => {
    expect(
      eventsOf(
        "Joe Biden informed his Ukrainian counterpart that his administration will provide cluster munitions.",
      )[0]?.[3],
    ).toBe("Ukraine");
    expect(
      eventsOf("Joe Biden told reporters that the United States will provide artillery shells.")[0]?.[3],
    ).toBeNull();
  });

  it("never dates an event by its publication silently", () => {
    for (const r of rows) if (r.date_source === "none") expect(r.date).toBeNull();
  });
});

describe("what is not an event", () => {
  const types = (body: string) => eventsOf(body).map((e) => `${e[0]} ${e[2]} -> ${e[3]}`);
  it("takes a warning for a threat only beside what is threatened", () => {
    expect(types("General Motors warned that the amount calculated for last year is preliminary.")).toEqual([]);
    expect(types("Chrysler warned of imminent bankruptcy.")).toEqual([]);
    expect(
      types(
        "Russia's defence ministry warned that any country lending its airfields would be a party to the conflict.",
      ),
    ).toEqual(["THREATEN Russia -> null"]);
  });
  it("does not take holding back an answer or a fall in revenue for a rejection", () => {
    expect(types("The White House declined to comment on the strike.")).toEqual([]);
    expect(types("General Motors reported heavy declines in revenue.")).toEqual([]);
    expect(types("The Pentagon rejected the Polish proposal.")[0]).toMatch(/^REJECT Pentagon/);
  });
  it("meets only whom the meeting words lead to", () => {
    expect(types("PAG is in talks with several automakers to replace General Motors after 2011.")).toEqual([]);
    expect(types("Lloyd Austin spoke by phone with Ukrainian Defense Minister Oleksii Reznikov on Wednesday.")).toEqual(
      ["CONSULT Lloyd Austin -> Oleksii Reznikov"],
    );
  });
  it("keeps a company as itself, and a sale between companies out of aid", () => {
    expect(types("The Australian government announced a $52.5 million financial assistance package for Ford.")).toEqual(
      ["AID Australia -> Ford"],
    );
    expect(types("Boeing delivered the final 717 jet to AirTran Airways on Tuesday.")).toEqual([]);
  });
  it("reads who was given what, and whom a source told nothing of", () => {
    expect(
      types("Last month, General Motors and Chrysler were given loans worth $17.4 billion from the government."),
    ).toEqual(["AID null -> Chrysler"]);
    expect(types("Britain confirmed that Storm Shadow missiles have been sent to Ukraine.")).toEqual([
      "AID United Kingdom -> Ukraine",
    ]);
    expect(
      types(
        "The United States did not send any Patriot interceptors in March, two officials told The Associated Press.",
      ),
    ).toEqual(["AID United States -> null"]);
  });
});

describe("whom a threat is aimed at", () => {
  const threats = (body: string) => eventsOf(body).filter((e) => e[0] === "THREATEN");
  it("reads the target from what is threatened, quoted or not", () => {
    expect(
      threats(
        "“This decision is a mistake with consequences for the Polish side,” Russian Foreign Minister Sergei Lavrov warned on Tuesday.",
      ).map((e) => [e[2], e[3]]),
    ).toEqual([["Sergei Lavrov", "Poland"]]);
  });
  it("reads it from the speaker's next sentence in the paragraph, and from nobody else's", () => {
    const warning = "Iran's Foreign Ministry warned that any attack on its nuclear sites would be a grave mistake.";
    expect(threats(`${warning} Israel will be held “fully responsible,” the ministry said.`).map((e) => e[3])).toEqual([
      "Israel",
    ]);
    expect(threats(`${warning} Israel will be held “fully responsible,” Donald Trump said.`).map((e) => e[3])).toEqual([
      null,
    ]);
    expect(
      threats(`${warning}\n\nIsrael will be held “fully responsible,” the ministry said.`).map((e) => e[3]),
    ).toEqual([null]);
  });
});

describe("status and roles", () => {
  it("tells pledges, deliveries, denials and hypotheticals apart", () => {
    expect(eventsOf("The United States will send Ukraine HIMARS launchers.")[0]).toEqual([
      "AID",
      "pledged",
      "United States",
      "Ukraine",
      "HIMARS",
      null,
    ]);
    expect(eventsOf("Britain has already delivered Storm Shadow missiles to Ukraine.")[0]?.slice(0, 5)).toEqual([
      "AID",
      "delivered",
      "United Kingdom",
      "Ukraine",
      "Storm Shadow",
    ]);
    expect(eventsOf("The Pentagon did not send ATACMS missiles to Ukraine.")[0]?.[1]).toBe("denied");
    expect(eventsOf("France could send Scalp missiles to Ukraine.")[0]?.[1]).toBe("hypothetical");
  });

  it("keeps a relative clause's status to itself, and a modal before a reporting verb to the report", () => {
    const drones = eventsOf(
      "The administration ultimately did not include MQ-1C Gray Eagle drones, which Kyiv had requested earlier this fall.",
    ).find((e) => e[0] === "DEMAND");
    expect(drones?.[1]).toBe("occurred");
    const refusal = eventsOf("Germany, which could send Leopard 2 tanks to Ukraine, has refused.").find(
      (e) => e[0] === "REJECT",
    );
    expect(refusal?.[1]).toBe("occurred");
    const tanks = eventsOf(
      "Two sources told Reuters that Joe Biden would announce on Wednesday that the United States will send 31 M1 Abrams tanks to Ukraine.",
    ).find((e) => e[0] === "AID");
    expect(tanks?.slice(0, 5)).toEqual(["AID", "pledged", "United States", "Ukraine", "M1 Abrams"]);
  });

  it("reads a package for a country that includes weapons as pledged aid, but not a package of sanctions", () => {
    const aid = eventsOf(
      "Washington on Thursday announced a $2.5 billion package for Kyiv that includes 90 Stryker armoured personnel carriers.",
    );
    expect(aid[0]?.slice(0, 5)).toEqual(["AID", "pledged", "United States", "Ukraine", "Stryker"]);
    const sanctions = eventsOf(
      "EU ministers agreed to prepare a new package of sanctions against Russia and to step up deliveries to Ukraine.",
    );
    expect(sanctions.map((e) => e[0])).toEqual(["SANCTION"]);
  });

  it("takes no doer from a source set off by commas, unless its participle follows", () => {
    const fired = eventsOf(
      "Seven people were killed in southern Lebanon, the Lebanese Ministry of Public Health says, after rockets were fired towards northern Israel.",
    );
    expect(fired.filter((e) => e[2] === "Ministry of Public Health of Lebanon" || e[2]?.includes("Health"))).toEqual(
      [],
    );
    const demand = eventsOf(
      "Security forces arrested six activists last week, the Sudan Doctors Network said, calling on the army for their immediate release.",
    ).find((e) => e[0] === "DEMAND");
    expect(demand?.[2]).toBe("Sudan Doctors Network");
  });

  it("keeps the weapons of a clause after ', as' to that clause, and drops a meeting left with one side", () => {
    const events = eventsOf(
      "Ukraine's Western allies promised fresh drones at a meeting in Brussels on Wednesday, as Kyiv urged its partners to provide more Patriot batteries.",
      "2025-02-12",
    );
    expect(events.filter((e) => e[0] === "AID" && e[1] === "pledged").map((e) => e[4])).not.toContain("Patriot");
    expect(events.filter((e) => e[0] === "CONSULT" && e[3] === null)).toEqual([]);
  });

  it("takes no region for the giver of aid", () => {
    const aid = eventsOf(
      "Ukrainian drones struck an oil depot in Russia's Rostov Oblast, saying the facility supplied fuel to Russian troops.",
    ).filter((e) => e[0] === "AID");
    expect(aid.map((e) => e[2])).not.toContain("Rostov Oblast");
  });

  it("reads a refusal through a date inside it, and the owner of 'deliveries of its tanks'", () => {
    const aid = eventsOf(
      "Germany declined on Friday to approve deliveries of its Leopard 2 battle tanks to Ukraine, saying it needed more time.",
    ).find((e) => e[0] === "AID");
    expect(aid?.slice(0, 5)).toEqual(["AID", "denied", "Germany", "Ukraine", "Leopard 2"]);
    // Without a possessive, whoever speaks of a delivery is not its supplier.
    const spoken = eventsOf("Russia condemned the delivery of Leopard 2 tanks to Ukraine.").find((e) => e[0] === "AID");
    expect(spoken?.[2] ?? null).toBeNull();
  });

  it("reads the agent of a passive and the country of a struck city", () => {
    expect(eventsOf("Patriot systems were delivered to Ukraine by Germany.")[0]?.slice(0, 5)).toEqual([
      "AID",
      "delivered",
      "Germany",
      "Ukraine",
      "Patriot",
    ]);
    const strike = eventsOf("Russian forces shelled the city of Kharkiv on Sunday, killing two civilians.");
    expect(strike[0]?.slice(0, 4)).toEqual(["ASSAULT", "occurred", "Russia", "Ukraine"]);
  });

  it("takes the one arrested, accused or sanctioned in a passive for whom it was done to, and nobody as its doer", () => {
    const events = eventsOf(
      "Ukraine handed over 55 Russian soldiers and Viktor Medvedchuk, a pro-Kremlin politician and friend of Putin who had been arrested in Ukraine in April on treason charges.\n\nThe EU listed firms in China, India and Turkey accused of shipping parts to Russia.\n\nPutin orders partial mobilization, hundreds detained at protests.\n\nKremlin spokesman Dmitry Peskov said protesters were detained in Moscow.",
      "2022-09-21",
    );
    const of = (type: string) => events.filter((e) => e[0] === type).map((e) => [e[2], e[3]]);
    expect(of("COERCE")).toEqual([[null, "Viktor Medvedchuk"]]);
    expect(of("ACCUSE")).toEqual([[null, "Türkiye"]]);
    // An active verb keeps its doer and its object.
    expect(eventsOf("Russia arrested the journalist Evan Gershkovich in March.")[0]?.slice(0, 3)).toEqual([
      "COERCE",
      "occurred",
      "Russia",
    ]);
  });

  it("reads who hit whom with sanctions, and no doer for an event its speaker only names", () => {
    expect(eventsOf("Britain and the EU hit Russia with new sanctions on Friday.")[0]?.slice(0, 4)).toEqual([
      "SANCTION",
      "occurred",
      "European Union",
      "Russia",
    ]);
    const spoken = eventsOf(
      "Kremlin spokesman Dmitry Peskov said he had seen no evidence of mass protests.\n\nUkrainian President Volodymyr Zelenskyy said the mobilization showed Russia's army was struggling.",
      "2022-09-21",
    );
    expect(
      spoken.filter((e) => e[2] === "Dmitry Peskov" || e[2] === "Ukraine" || e[2] === "Volodymyr Zelenskyy"),
    ).toEqual([]);
  });

  it("names no giver of aid delivered in a passive, and gives a participle after a comma its clause's subject", () => {
    const aid = eventsOf(
      "The RSF has accused Iran of supplying the army with Mohajer-6 drones, which Western officials say were delivered earlier this year.",
      "2024-06-01",
    );
    expect(aid.filter((e) => e[0] === "AID" && e[2] === "Western")).toEqual([]);
    const accusing = eventsOf(
      "Washington last month imposed sanctions on Algoney Hamdan Dagalo, a brother of RSF leader Mohamed Hamdan Dagalo, accusing him of procuring weapons.",
      "2024-06-01",
    );
    expect(accusing.filter((e) => e[0] === "ACCUSE").map((e) => e[2])).toEqual(["United States"]);
  });

  it("reads 'will transfer' as the giver's verb and 'the transfer of' as a noun, and no maker for a recipient", () => {
    expect(eventsOf("Norway will transfer six F-16s to Kyiv, its defense ministry said.")[0]?.slice(0, 5)).toEqual([
      "AID",
      "pledged",
      "Norway",
      "Ukraine",
      "F-16",
    ]);
    expect(eventsOf("The transfer of F-16s to Ukraine by Denmark began in July.")[0]?.slice(2, 4)).toEqual([
      "Denmark",
      "Ukraine",
    ]);
    expect(eventsOf("Sweden plans to send Saab Gripen jets.")[0]?.slice(2, 5)).toEqual([
      "Sweden",
      null,
      "JAS 39 Gripen",
    ]);
  });

  it("reads whose allies act, where a delivery arrived, a participle's agent, and 'ruled out' as a refusal", () => {
    const allies = eventsOf(
      "Ukraine's Western allies promised fresh air defence systems and drones at a meeting in Brussels.",
    );
    expect(allies.filter((e) => e[2] === "Ukraine")).toEqual([]);
    const arrived = eventsOf(
      "Germany has handed over several IRIS-T SLM fire units, and the most recent one arrived in Ukraine in December.",
    );
    expect(arrived.map((e) => [e[2], e[3]])).toEqual([
      ["Germany", null],
      [null, "Ukraine"],
    ]);
    const captured = eventsOf(
      "Zelensky repeated his offer to hand over two North Korean soldiers captured by Ukrainian forces in the Kursk region.",
    );
    expect(captured.filter((e) => e[0] === "COERCE").map((e) => [e[2], e[3]])).toEqual([["Ukraine", "North Korea"]]);
    const ruledOut = eventsOf(
      "Italy's Defence Minister Guido Crosetto ruled out transferring a second SAMP/T air defence system this year.",
    );
    expect(ruledOut.filter((e) => e[0] === "AID").map((e) => e[1])).toEqual(["denied"]);
  });

  it("takes a place set off after 'in the capital,' for where, not who", () => {
    const rally = eventsOf(
      "In the rebel-held capital, Sanaa, tens of thousands of people rallied after Friday prayers.",
      "2024-06-01",
    );
    expect(rally.filter((e) => e[2] === "Sanaa")).toEqual([]);
  });

  it("places a strike in the town or village named after 'the town of'", () => {
    const strike = eventsOf(
      "Russian missiles and drones slammed into a thermal power plant in the town of Ukrainka overnight.",
      "2024-04-11",
    );
    expect(strike[0]?.slice(0, 3)).toEqual(["ASSAULT", "occurred", "Russia"]);
  });

  it("never takes a dateline's city for a party, nor 'a legitimate target' for a strike", () => {
    const events = eventsOf(
      "TALLINN, Estonia (AP) — Russian President Vladimir Putin on Wednesday warned the West that Moscow was ready to use nuclear weapons.\n\nKremlin spokesman Dmitry Peskov told reporters that the batteries would be a legitimate target for Russian forces.",
      "2022-09-21",
    );
    expect(events.map((e) => [e[0], e[2]])).toEqual([["THREATEN", "Vladimir Putin"]]);
  });

  it("reads a request as a demand, a headline's 'to send' as a pledge, and a supposed supply as hypothetical", () => {
    const request = eventsOf(
      "Ukraine's foreign ministry said it had sent a formal request to Israel for air defence systems, including Iron Dome.",
      "2022-10-24",
    );
    expect(request.map((e) => [e[0], e[2], e[3]])).toEqual([["DEMAND", "Ukraine", "Israel"]]);
    expect(
      eventsOf("Germany to send Leopard tanks to Ukraine, lets allies follow suit", "2023-01-25")[0]?.slice(0, 4),
    ).toEqual(["AID", "pledged", "Germany", "Ukraine"]);
    const warning = eventsOf(
      'Dmitry Medvedev warned Israel on Monday that supplying weapons to Kyiv would be "a very reckless step".',
      "2022-10-24",
    );
    expect(warning.find((e) => e[0] === "AID")?.[1]).toBe("hypothetical");
    expect(
      eventsOf("Ukraine wants weapons that can strike Russian depots and supply lines far behind the front."),
    ).toEqual([]);
  });

  it("finds the place an attack hits after 'of', 'at' and 'on', and dates an overnight attack to its morning", () => {
    for (const sentence of [
      "Russian artillery pounded the southern city of Kherson overnight, killing two people.",
      "Russia launched 472 drones and seven missiles at Ukraine overnight.",
      "Russian forces dropped two guided aerial bombs on a residential district of Kharkiv overnight.",
      "Russian troops kept up their shelling of the besieged port city of Mariupol overnight.",
    ])
      expect(eventsOf(sentence, "2023-05-11").map((e) => [e[0], e[2], e[3], e[5]])).toEqual([
        ["ASSAULT", "Russia", "Ukraine", "2023-05-11"],
      ]);
    expect(eventsOf("Oil prices dropped sharply on Monday in London.")).toEqual([]);
  });

  it("takes a subject pronoun for the person named before, and a titled person over the country qualifying them", () => {
    const events = eventsOf(
      "Zelensky flew to Washington on Tuesday. He also met the US defence secretary, Lloyd Austin, at the Pentagon.",
      "2024-06-12",
    );
    expect(events.map((e) => [e[0], e[2], e[3]])).toEqual([["CONSULT", "Volodymyr Zelenskyy", "Lloyd Austin"]]);
  });

  it("reads sanctions' target, an apposition's person, an adjunct's subject and requests made of others", () => {
    const rows = (body: string) => eventsOf(body, "2024-02-23").map((e) => [e[0], e[1], e[2], e[3]]);
    expect(rows("On Friday, the European Union formally adopted its 13th sanctions package against Russia.")).toEqual([
      ["SANCTION", "occurred", "European Union", "Russia"],
    ]);
    expect(rows("Dmytro Kuleba, Ukraine's foreign minister, criticised the decision.")).toEqual([
      ["ACCUSE", "occurred", "Dmytro Kuleba", null],
    ]);
    expect(rows("Ukraine handed over 55 Russian soldiers and Viktor Medvedchuk in a prisoner exchange.")[0]?.[2]).toBe(
      "Ukraine",
    );
    expect(
      rows("Ukrainian President Volodymyr Zelenskyy on Tuesday called on Europe to impose sanctions on Iran."),
    ).toContainEqual(["SANCTION", "requested", "Europe", "Iran"]);
    expect(rows("The US last week allowed Ukraine to strike targets in Russia with ATACMS.")).toHaveLength(1);
  });

  it("keeps adjectives, named sanctions and supposed acts apart (fixtures/events2)", () => {
    const rows = (body: string) => eventsOf(body, "2024-11-21").map((e) => [e[0], e[1], e[2], e[3]]);
    expect(
      rows(
        "On Tuesday, Ukraine fired six U.S.-made ATACMS missiles at an ammunition depot in Russia's Bryansk region.",
      ),
    ).toEqual([["ASSAULT", "occurred", "Ukraine", "Russia"]]);
    expect(
      rows('Moscow condemned the sanctions as "illegal" and said they would harm European economies.').map((e) => e[0]),
    ).toEqual(["ACCUSE"]);
    expect(
      rows("White House spokesman John Kirby accused North Korea of shipping munitions to Russia."),
    ).toContainEqual(["AID", "occurred", "North Korea", "Russia"]);
    const sanctions = rows(
      "The U.S. Treasury sanctioned Gazprombank on Thursday. Washington could sanction the Chinese firms that supply Russia.",
    );
    expect(sanctions.map((e) => e[1]).sort()).toEqual(["hypothetical", "occurred"]);
  });

  it("reads aid packages written out, strikes on a refinery in a region, and no date from a comparison", () => {
    const rows = (body: string) => eventsOf(body, "2022-12-21").map((e) => [e[0], e[1], e[2], e[3], e[4], e[5]]);
    expect(
      rows(
        "The Pentagon announced a $1 billion package of military aid for Ukraine on Wednesday, including Patriot interceptors.",
      ),
    ).toContainEqual(["AID", "pledged", "United States", "Ukraine", "Patriot", "2022-12-21"]);
    expect(
      rows("Ukrainian drones struck an oil refinery in Russia's Krasnodar region overnight.")[0]?.slice(0, 4),
    ).toEqual(["ASSAULT", "occurred", "Ukraine", "Russia"]);
    const tranche = rows(
      "The Patriot is part of a $1.85 billion package of military assistance, the largest single tranche of U.S. aid since February.",
    );
    expect(tranche[0]?.[5]).toBeNull();
  });

  it("reads a participle after a number as a description, and a noun after 'as' or 'amid' as someone else's act", () => {
    const rows = (body: string) => eventsOf(body, "2022-09-22").map((e) => [e[0], e[2]]);
    expect(rows("Kyiv condemned plans by Russian-installed authorities in four occupied regions.")).toEqual([
      ["ACCUSE", "Ukraine"],
    ]);
    expect(
      rows("Putin announced a partial mobilization, and threatened nuclear weapons as protests swept Russia."),
    ).not.toContainEqual(["PROTEST", "Vladimir Putin"]);
  });

  it("takes the subject of 'and warned' past the name it qualifies, and the person before an apposition", () => {
    const rows = (body: string) => eventsOf(body, "2023-01-20").map((e) => [e[0], e[1], e[2], e[3]]);
    expect(
      rows(
        "Kremlin spokesman Dmitry Peskov said on Friday that additional tanks would not change the course of the conflict and warned Berlin of serious consequences.",
      ),
    ).toEqual([["THREATEN", "occurred", "Dmitry Peskov", "Germany"]]);
    expect(
      rows(
        "Dmitry Peskov, Vladimir Putin's spokesperson, warned on Thursday that Russia's military would respond.",
      )[0]?.[2],
    ).toBe("Dmitry Peskov");
  });

  it("does not make a speaker the doer of what he reports of a thing", () => {
    const rows = (body: string) => eventsOf(body, "2023-01-20").map((e) => [e[0], e[2], e[3]]);
    expect(
      rows(
        "Wallace, who met his Ukrainian counterpart, Oleksii Reznikov, in London last month, told MPs the weapons would give Ukraine the best chance.",
      ),
    ).toContainEqual(["AID", null, "Ukraine"]);
  });

  it("reads deliveries under way, and shells supplied as munitions rather than fired", () => {
    const rows = (body: string) => eventsOf(body, "2023-11-02").map((e) => [e[0], e[1], e[2]]);
    expect(rows("France began delivering its SCALP missiles in the summer.")).toEqual([["AID", "delivered", "France"]]);
    expect(rows("The Netherlands completed the transfer of its F-16s in December.")).toEqual([
      ["AID", "delivered", "Netherlands"],
    ]);
    expect(rows("North Korea has denied supplying artillery shells to Russia.").map((e) => e[0])).not.toContain(
      "ASSAULT",
    );
  });

  it("reads what someone was told to do as requested", () => {
    const rows = eventsOf(
      "Scholz said he had told Putin to withdraw his troops and begin talks with Ukraine.",
      "2024-11-19",
    );
    expect(rows.map((e) => [e[0], e[1], e[2], e[3]])).toEqual([["CONSULT", "requested", "Vladimir Putin", "Ukraine"]]);
  });

  it("reads the first to supply as a delivery, and a nationality before a noun trigger as its doer", () => {
    const rows = (body: string) => eventsOf(body, "2023-05-11").map((e) => [e[0], e[1], e[2], e[3]]);
    expect(rows("Britain has become the first country to supply Ukraine with long-range cruise missiles.")).toEqual([
      ["AID", "delivered", "United Kingdom", "Ukraine"],
    ]);
    expect(
      rows(
        "Ukraine's armed forces chief, Valerii Zaluzhnyi, said his troops had repelled dozens of Russian attacks around Bakhmut overnight.",
      ),
    ).toEqual([["ASSAULT", "occurred", "Russia", "Ukraine"]]);
  });

  it("takes no status from a quotation's words, and no protester from the subject before 'at protests'", () => {
    const rows = (body: string) => eventsOf(body, "2024-05-27").map((e) => [e[0], e[1], e[2]]);
    expect(
      rows(
        'Russian bombs hit Kharkiv. "There may be people under the rubble," Oleh Syniehubov wrote on Telegram, urging residents to stay in shelters.',
      ),
    ).toContainEqual(["DEMAND", "occurred", "Oleh Syniehubov"]);
    expect(rows("Putin orders partial mobilization, hundreds detained at protests").map((e) => e[0])).not.toContain(
      "PROTEST",
    );
  });

  it("takes a nationality before a described weapon as the attacker", () => {
    const rows = eventsOf(
      "A Russian ballistic missile hit a cargo ship at the port of Odesa late on Monday, killing four crew members.",
      "2024-09-10",
    );
    expect(rows.map((e) => [e[0], e[2], e[3]])).toEqual([["ASSAULT", "Russia", "Ukraine"]]);
  });

  it("reads a plan after 'and' as pledged whatever the verb before, and a country after a place's comma as where", () => {
    const rows = (body: string) => eventsOf(body, "2025-02-12").map((e) => [e[0], e[1], e[2], e[3]]);
    expect(
      rows(
        "German Defence Minister Boris Pistorius announced that Berlin would send four additional IRIS-T launchers and plans to deliver them by the end of the year.",
      ),
    ).toEqual([["AID", "pledged", "Germany", null]]);
    expect(
      rows(
        "Ministers talked before the Ukraine Defense Contact Group meeting at NATO headquarters in Brussels, Belgium.",
      ).filter((r) => r[3] === "Belgium"),
    ).toEqual([]);
    expect(rows("Zelenskiy met Scholz in Kyiv, Ukraine, on Monday.")).toEqual([
      ["CONSULT", "occurred", "Volodymyr Zelenskyy", "Olaf Scholz"],
    ]);
  });

  it("puts an attack blamed on someone on them, not on the one who blames, and reads a plan set aside", () => {
    const rows = (body: string) => eventsOf(body, "2024-11-03").map((e) => [e[0], e[1], e[2], e[3]]);
    expect(rows("The governor of Darfur, Minni Minnawi, blamed the attack on the Rapid Support Forces.")).toEqual([
      ["ACCUSE", "occurred", "Minni Minnawi", "Rapid Support Forces"],
    ]);
    expect(rows("Sweden has put its plans to send Saab Gripen jets on hold at Kyiv's own request.")).toEqual([
      ["AID", "hypothetical", "Sweden", null],
    ]);
    expect(rows("Britain scrapped plans to send tanks to Ukraine.").map((r) => r[1])).toEqual(["denied"]);
    // What the words after a delivery put ahead is planned, whatever the modal of the verb before.
    expect(
      articleOf(
        "Macron announced in June that Paris would provide Mirage 2000-5 fighters and train pilots, with deliveries expected next year.",
        "2024-11-03",
      ).events.map((d) => [d.trigger, d.status]),
    ).toEqual([
      ["provide", "pledged"],
      ["deliveries", "pledged"],
    ]);
    expect(rows("Deliveries of F-16s to Ukraine began in July.").map((r) => r[1])).toEqual(["delivered"]);
  });

  it("reads an advance as no demand, a danger described as no threat, and a possessor's party as the subject", () => {
    const rows = (body: string) => eventsOf(body, "2024-07-03").map((e) => [e[0], e[2], e[3]]);
    expect(rows("Russian forces are now pressing toward Pokrovsk, a key logistics hub for Ukraine's troops.")).toEqual(
      [],
    );
    expect(
      rows("U.S. forces destroyed three Houthi drones, saying they presented an imminent threat to U.S. Navy vessels."),
    ).toEqual([]);
    expect(
      rows(
        "Yemen's Houthi rebels fired two anti-ship ballistic missiles at a vessel in the Gulf of Aden, killing one sailor.",
      ).map((r) => r[1]),
    ).not.toContain("Yemen");
    expect(
      rows("Russia accused Ukraine of hitting an apartment building in Belgorod with drones, killing one woman.")
        .filter((r) => r[0] === "ASSAULT")
        .map((r) => r[1]),
    ).not.toContain("Russia");
  });

  it("gives what arrived to the state that owned it, a state's unknown council's act to the state, and no strike to sanctions", () => {
    const rows = (body: string) => eventsOf(body, "2024-07-03").map((e) => [e[0], e[1], e[2], e[3]]);
    expect(rows("Germany's third Patriot system arrived in Ukraine in June and is already operational.")).toEqual([
      ["AID", "delivered", "Germany", "Ukraine"],
    ]);
    expect(rows("Ukraine's HIMARS arrived at the front.").map((r) => r[2])).toEqual([null]);
    expect(rows("Three months ago Canberra announced the transfer of 49 Abrams tanks.")).toEqual([
      ["AID", "pledged", "Australia", null],
    ]);
    expect(
      rows("Romania's Supreme Council of National Defence agreed on Tuesday to donate one Patriot system to Ukraine."),
    ).toEqual([["AID", "pledged", "Romania", "Ukraine"]]);
    expect(rows("EU targets Russia's shadow fleet in new sanctions package").map((r) => r[0])).not.toContain("ASSAULT");
    expect(rows("Zelensky called for seizing the billions in frozen Russian assets.").map((r) => r[0])).not.toContain(
      "SANCTION",
    );
    // No party and no weapon: nothing to report, and nothing to join another pledge of the day.
    const pledges = articleOf(
      "BRUSSELS (Reuters) - Ukraine's Western allies pledged new air defence systems at a meeting of defence ministers in Brussels on Thursday. Australia pledged military aid worth 245 million dollars on Thursday.",
      "2024-10-11",
    ).events;
    expect(pledges.map((d) => [d.actor?.name ?? null, d.sentence.seq])).toEqual([["Australia", 2]]);
  });

  it("reads prisoners captured during fighting and Ukrainians freed from captivity as the ones acted on", () => {
    const rows = (body: string) => eventsOf(body, "2025-01-23").map((e) => [e[0], e[2], e[3]]);
    expect(
      rows("Ukraine handed over 150 Russian soldiers, most of them captured during fighting in Russia's Kursk region."),
    ).toEqual([]);
    expect(rows("More than 4,000 Ukrainians have been freed from Russian captivity since the invasion began.")).toEqual(
      [["CONCEDE", null, "Ukraine"]],
    );
  });

  it("reads reluctance as a supposition and a possessor after the verb as no recipient", () => {
    const rows = (body: string) => eventsOf(body, "2023-09-01").map((e) => [e[0], e[1], e[2], e[3]]);
    expect(rows("Berlin's reluctance to send long-range missiles is costing Ukraine time.")).toEqual([
      ["AID", "hypothetical", "Germany", null],
    ]);
    expect(
      rows("In Paris, officials are considering whether to send France's version of the Storm Shadow missile.")[0]?.[3],
    ).toBeNull();
  });

  it("writes requests and bare acts as a reader would say them, and finds no meeting partner after 'against'", () => {
    const table = new EventTable();
    const body =
      "Kyiv formally asked Berlin for Taurus cruise missiles in May. Russian troops retreated on Sept. 10. Western officials had discussed using nuclear weapons against Russia.";
    table.add("t", "2023-09-23", articleOf(body, "2023-09-23").events);
    expect(
      table
        .rows()
        .events.map((e) => e.summary)
        .sort(),
    ).toEqual(["Russia withdrew (2023-09-10)", "Ukraine asked Germany for Taurus KEPD 350 (2023-05)"]);
  });

  it("reads sanctions on a nation's trade as on the nation, and no doer in a possessor inside an apposition", () => {
    const rows = (body: string) => eventsOf(body, "2024-05-14").map((e) => [e[0], e[2], e[3]]);
    expect(rows("The United States imposed sanctions on Iranian oil exports on Tuesday.")).toEqual([
      ["SANCTION", "United States", "Iran"],
    ]);
    expect(
      rows("In Kharkiv, Ukraine's second-largest city, drones struck a substation early Thursday.").map((e) => e[1]),
    ).not.toContain("Ukraine");
  });

  it("reads an attack and the killing it caused as one attack", () => {
    const rows = eventsOf("Israel launched airstrikes on Gaza overnight, killing at least 20 people.", "2024-05-14");
    expect(rows.map((e) => [e[0], e[2], e[3]])).toEqual([["ASSAULT", "Israel", "Palestine"]]);
  });

  it("does not merge an undated report into an event dated long before the article", () => {
    const table = new EventTable();
    table.add("old", "2023-01-21", articleOf("Russia struck Kyiv with missiles on Friday.", "2023-01-21").events);
    table.add("new", "2024-11-22", articleOf("Russia struck Dnipro with a new missile.", "2024-11-22").events);
    table.add("later", "2023-01-22", articleOf("Russia struck Kyiv with missiles.", "2023-01-22").events);
    const rows = table.rows().events.map((e) => [e.date, e.article_count]);
    expect(rows.sort()).toEqual([
      [null, 1],
      ["2023-01-20", 2],
    ]);
  });

  it("does not make one event of a mention with only a giver and one with only a receiver", () => {
    const rows = eventsOf(
      "The Netherlands has already delivered military aid. Drones hit a depot, officials said, saying the depot supplied fuel to Russian troops.",
      "2025-02-12",
    );
    expect(rows.filter((e) => e[0] === "AID" && e[2] === "Netherlands" && e[3] === "Russia")).toEqual([]);
  });

  it("says what a meeting or a threat was about after whom it involved", () => {
    const table = new EventTable();
    const body =
      "Biden met Zelenskyy at the White House on Thursday to discuss Patriot deliveries. Kremlin spokesman Dmitry Peskov warned Berlin over the Leopard 2 tanks on Friday.";
    table.add("t", "2023-01-21", articleOf(body, "2023-01-21").events);
    const summaries = table.rows().events.map((e) => e.summary);
    expect(summaries.some((s) => /met .*Volodymyr Zelenskyy|Volodymyr Zelenskyy met/.test(s))).toBe(true);
    expect(summaries.filter((s) => /met Patriot|threatened Leopard/.test(s))).toEqual([]);
  });

  it("says a status in the summary's verb, not in a note after it", () => {
    const table = new EventTable();
    // A planned strike, supposed sanctions, a denied attack: "[planned]" and the like once followed the verb.
    const body =
      "Ukraine will strike Russian positions with ATACMS. The European Union could impose sanctions on Iran over the drones. Russia did not attack the convoy.";
    table.add("t", "2023-09-23", articleOf(body, "2023-09-23").events);
    const summaries = table.rows().events.map((e) => e.summary);
    expect(summaries.filter((s) => /\[/.test(s))).toEqual([]);
    expect(summaries.some((s) => /^European Union may sanction Iran/.test(s))).toBe(true);
  });
});
