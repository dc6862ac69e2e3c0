import { describe, expect, it } from "vitest";
import { articleOf, seedArticle, seedGold } from "../../test/seed.js";

const quotesOf = (body: string, published = "2024-06-03") =>
  articleOf(body, published).quotes.map((q) => [q.text, q.kind, q.speaker ?? q.speaker_text]);

describe("quotes of the original seed", () => {
  const { quotes, text } = seedArticle();

  it.each(seedGold.quotes.map((q) => [q.contains, q.speaker]))("finds %j said by %s", (contains, speaker) => {
    const quote =
      quotes.find((q) => q.text.includes(contains)) ??
      quotes.find((q) => contains.includes(q.text.replace(/[,.]$/, "")));
    expect(quote?.speaker).toBe(speaker);
  });

  it("slices every quote from the text and credits no photo agency", () => {
    for (const q of quotes) {
      expect(text.slice(q.start, q.end)).toBe(q.text);
      expect(q.speaker_text ?? "").not.toMatch(/^(?:AP|Credit)$/);
      expect(q.speaker ?? "").not.toMatch(/Associated Press|Credit/);
    }
  });

  it("skips quoted names ('Storm Shadows', a BM-21 \"Grad\")", () => {
    expect(quotes.map((q) => q.text)).not.toContain("Storm Shadows");
    expect(quotes.map((q) => q.text)).not.toContain("Grad");
  });
});

describe("speakers", () => {
  it("reads the speaker after the quote, inverted or not, and before it", () => {
    expect(quotesOf('"We will not give up," said Lloyd Austin.')).toEqual([
      ["We will not give up,", "direct", "Lloyd Austin"],
    ]);
    expect(quotesOf("“Help is coming,” Olaf Scholz told reporters in Berlin.")).toEqual([
      ["Help is coming,", "direct", "Olaf Scholz"],
    ]);
    expect(quotesOf("Antony Blinken said: “The aid will arrive soon.”")).toEqual([
      ["The aid will arrive soon.", "direct", "Antony Blinken"],
    ]);
    expect(quotesOf("According to Rishi Sunak, “the tanks are on their way.”")).toEqual([
      ["the tanks are on their way.", "partial", "Rishi Sunak"],
    ]);
  });

  it("resolves pronouns and roles to the entity named before", () => {
    expect(quotesOf('Volodymyr Zelenskyy thanked the allies. "We need more air defence," he said.')).toEqual([
      ["We need more air defence,", "direct", "Volodymyr Zelenskyy"],
    ]);
    expect(
      quotesOf(
        'Russia\'s Ministry of Foreign Affairs issued a statement. The move is "a provocation," the ministry said.',
      ),
    ).toEqual([["a provocation,", "partial", "Ministry of Foreign Affairs of Russia"]]);
  });

  it("keeps a quote that runs on into the next paragraph as one quote", () => {
    const quotes = quotesOf('"We will keep fighting. Every day counts.\n\n"Nobody will give up," Zelenskyy said.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.[0]).toMatch(/^We will keep fighting.*Nobody will give up,$/s);
    expect(quotes[0]?.[2]).toBe("Volodymyr Zelenskyy");
  });

  it("does not take apostrophes for single quotes", () => {
    expect(quotesOf("Ukraine's troops held the '90s-era lines and didn't retreat, officials' reports show.")).toEqual(
      [],
    );
  });
});

describe("speakers without a cue next to the quote", () => {
  it("takes the subject of the sentence, skipping objects, adjectives and possessors", () => {
    expect(
      quotesOf(
        'Spokesman Dmitry Peskov accused Washington of "pouring fuel on the fire," and said it would not "help".',
      ),
    ).toEqual([
      ["pouring fuel on the fire,", "partial", "Dmitry Peskov"],
      ["help", "partial", "Dmitry Peskov"],
    ]);
    expect(quotesOf('Olaf Scholz rejected the request, saying it would be "a step too far".')).toEqual([
      ["a step too far", "partial", "Olaf Scholz"],
    ]);
  });

  it("credits a party that speaks, not the party of an unnamed member", () => {
    expect(quotesOf('Labour said: "We will vote against it."')).toEqual([
      ["We will vote against it.", "direct", "Labour Party"],
    ]);
    expect(
      quotesOf('MPs have a free vote today. A Labour whip told me this morning: "Honestly, nobody knows."'),
    ).toEqual([["Honestly, nobody knows.", "direct", "A Labour whip"]]);
  });

  it("names a country's ministry and a capital's state", () => {
    expect(quotesOf('China\'s foreign ministry said its position was "open and transparent".')).toEqual([
      ["open and transparent", "partial", "Ministry of Foreign Affairs of China"],
    ]);
    expect(quotesOf('Moscow sent a lower-level team that Kyiv described as "decorative".')).toEqual([
      ["decorative", "partial", "Ukraine"],
    ]);
  });

  it("prefers a recent subject of the right gender for a pronoun", () => {
    const quotes = quotesOf(
      'Ms Navalnaya has accused Vladimir Putin of killing her husband. "He is wrong, and we will prove it," she said.',
    );
    expect(quotes).toEqual([["He is wrong, and we will prove it,", "direct", "Navalnaya"]]);
  });

  it("follows a role, a paragraph's pronoun and a resumed quotation back to the person (fixtures/politics)", () => {
    const reeves = quotesOf(
      "Rachel Reeves has insisted her first budget will help.\n\nThe chancellor told MPs on Wednesday that she had been forced to act.\n\n“The previous government chose to duck the difficult decisions. I will not,” the chancellor told a packed Commons.",
      "2024-10-31",
    );
    expect(reeves[0]?.[2]).toBe("Rachel Reeves");
    const forbes = quotesOf(
      "Kate Forbes arrives for our interview. Her campaign to succeed Nicola Sturgeon began badly.\n\n“I won’t apologise for my faith,” she says.\n\nKate Forbes, the SNP leadership candidate, in Inverness. Credit: Reuters\n\nShe is adamant that the scrutiny has been fair. “People are entitled to ask hard questions.”\n\n“I didn’t get into politics to be popular,” she says, pulling on her coat, “and I don’t think I’d be very good at it.”",
      "2023-03-10",
    );
    expect(forbes.map((q) => q[2])).toEqual(["Kate Forbes", "Kate Forbes", "Kate Forbes", "Kate Forbes"]);
  });

  it("takes a pronoun right before the cue over a name earlier in the sentence, and no town for a speaker", () => {
    const forbes = quotesOf(
      "Kate Forbes was in Cumbernauld on Thursday.\n\nAsked whether she would keep the Bute House Agreement, the power-sharing deal with the Scottish Greens, she says she would look at it ‘with fresh eyes’.",
      "2023-03-10",
    );
    expect(forbes).toEqual([["with fresh eyes", "partial", "Kate Forbes"]]);
  });

  it("reads a speaker after a title's period, and a role as the subject of 'told'", () => {
    const quotes = quotesOf(
      "Senator John Thune spoke on Tuesday about the vote.\n\n“We are going to get this done,” said Sen. Mitch McConnell, a Republican from Kentucky.\n\nGovernor Gavin Newsom was in Sacramento.\n\nThe governor told reporters, “I have no regrets.”",
      "2024-03-10",
    );
    expect(quotes.map((q) => q[2])).toEqual(["Mitch McConnell", "Gavin Newsom"]);
  });

  it("reads cues past a title's period, asides, 'As X put it:', possessive roles and unnamed members", () => {
    const quotes = quotesOf(
      "LONDON — Prime Minister Rishi Sunak defended the plan on Monday.\n\n“We have turned a corner,” Mr. Sunak told the BBC.\n\nSunak's spokesman, asked about the polls, said they were “a snapshot, not a prediction.”\n\nThe Times quoted one minister as saying the campaign was “a shambles.”\n\nAs one voter in Bury put it: “They’re all the same.”",
      "2024-03-10",
    );
    expect(quotes.map((q) => q[2])).toEqual(["Rishi Sunak", "Sunak's spokesman", "one minister", "one voter in Bury"]);
  });

  it("finds who holds 'the president' by title, not by a role written near someone else", () => {
    const quotes = quotesOf(
      'President Joe Biden debated on Thursday.\n\nVice President Kamala Harris said Biden had a slow start.\n\n"I will never turn my back on President Biden," Newsom told reporters.\n\nAsked by a reporter whether he was worried, the president said: "It\'s hard to debate somebody who lies."',
      "2024-06-28",
    );
    expect(quotes.at(-1)?.[2]).toBe("Joe Biden");
  });

  it("names the person in apposition after 'said the …,' and after a sentence that introduced them", () => {
    const quotes = quotesOf(
      "“Our third-quarter results show progress,” said the firm's chief executive officer, Alan Mulally.\n\nThe index rose at one point. Peter Cardillo, chief market economist at Avalon Partners, commented on the situation.\n\n“You need a catalyst,” he said.",
      "2009-11-02",
    );
    expect(quotes.map((q) => q[2])).toEqual(["Alan Mulally", "Peter Cardillo"]);
  });

  it("reads more speech verbs after a quotation", () => {
    const quotes = quotesOf(
      '"We are rolling out the first delivery airplane," enthused Scott Fancher, 787 project manager.\n\n"Nonsense," countered Ed Davey.',
      "2011-09-27",
    );
    expect(quotes.map((q) => q[2])).toEqual(["Scott Fancher", "Ed Davey"]);
  });

  it("reads 'the New York Democrat' as the person the story is about, not the party", () => {
    const quotes = quotesOf(
      'WASHINGTON — Senate Majority Leader Chuck Schumer blasted the plan on Tuesday.\n\n"It\'s a gift to the wealthy," the New York Democrat said in a floor speech.',
      "2024-03-10",
    );
    expect(quotes.map((q) => q[2])).toEqual(["Chuck Schumer"]);
  });

  it("keeps 'a spokesperson for the prime minister' and 'a government source' unnamed and whole", () => {
    const quotes = quotesOf(
      'British Prime Minister Rishi Sunak said on Friday the economy was turning a corner.\n\n"We will keep going," a spokesperson for the prime minister said.\n\nAccording to a government source, ministers were "relieved" by the data.',
      "2024-05-10",
    );
    expect(quotes.map((q) => q[2])).toEqual(["a spokesperson for the prime minister", "a government source"]);
  });

  it("credits the one an outlet quoted, a name with what the person is, and a name in apposition to a title", () => {
    const quotes = quotesOf(
      'Transport minister Jusman Syafii Djamal spoke on Monday.\n\n"We do not need to buy aircraft from Europe," Detik.com quoted Djamal as saying.\n\n"The typical incentive programs simply do not resonate," Jesse Toprak, an analyst for Edmunds.\n\nThe bank\'s CEO, Ken Lewis, said in a statement that "credit costs remain high."',
      "2008-10-10",
    );
    expect(quotes.map((q) => q[2])).toEqual(["Jusman Syafii Djamal", "Jesse Toprak", "Ken Lewis"]);
  });

  it("credits a titled person's office as written, not the last speaker", () => {
    const quotes = quotesOf(
      'Governor Ron DeSantis wrote on X: "Florida will not comply."\n\nSpeaker Mike Johnson\'s office said in a statement that the vote "will happen next week."',
      "2026-03-10",
    );
    expect(quotes.map((q) => q[2])).toEqual(["Ron DeSantis", "Speaker Mike Johnson's office"]);
  });

  it("finds the holder of a judge's or a lawyer's role named before", () => {
    const quotes = quotesOf(
      'U.S. District Judge Tanya Chutkan rejected the motion on Monday.\n\n"The claims are without merit," the judge wrote in her opinion.\n\nTrump\'s lawyer, John Lauro, spoke later. "We will appeal," the lawyer said.',
      "2024-03-10",
    );
    expect(quotes.map((q) => q[2])).toEqual(["Tanya Chutkan", "John Lauro"]);
  });

  it("keeps a member of an organization unnamed: 'a Treasury spokesperson', 'one Labour MP'", () => {
    const quotes = quotesOf(
      'Asked about the criticism, a Treasury spokesperson said the figures were "fully costed."\n\n"We oppose it," one Labour MP said.\n\nAn Interior Ministry official said the plan was "on hold".',
      "2024-10-31",
    );
    expect(quotes.map((q) => q[2])).toEqual([
      "a Treasury spokesperson",
      "one Labour MP",
      "An Interior Ministry official",
    ]);
  });

  it("credits a quotation signed after a dash", () => {
    const quotes = quotesOf(
      'Donald Trump, in a post on Truth Social, said: "The election was rigged."\n\n"We need a ceasefire now." — UN Secretary-General António Guterres',
      "2024-10-31",
    );
    expect(quotes.map((q) => q[2])).toEqual(["Donald Trump", "António Guterres"]);
  });

  it("keeps 'a French official' unnamed rather than crediting France", () => {
    const quotes = quotesOf(
      'The talks began. A Ukrainian official told us the mood going in was "constructive but tense". "We are closer than we have ever been," a French official said.',
      "2024-05-27",
    );
    expect(quotes.map((q) => q[2])).toEqual(["A Ukrainian official", "a French official"]);
  });

  it("reads 'its defence ministry' as the ministry of what 'it' is, and 'the US claims' as a noun", () => {
    const quotes = quotesOf(
      'North Korea has denied supplying shells to Russia. Its defence ministry called the US claims a "fabrication" last year.',
      "2024-05-27",
    );
    expect(quotes.map((q) => q[2])).toEqual(["Ministry of Defence of North Korea"]);
  });

  it("finds the speaker after an earlier quotation, after an opening phrase, and in a role described by a place", () => {
    const quotes = quotesOf(
      'Chrysler filed for bankruptcy. "There will be a short period," a top administration official said, "People will be able to buy cars."\n\nAirbus delayed deliveries. In a statement on the Airbus website, the company said that "the root cause is the factory".\n\nThe premier of the German state of North Rhine-Westphalia remarked that "General Motors shows the ugly face of capitalism."',
      "2009-05-01",
    );
    expect(quotes.map((q) => q[2])).toEqual([
      "a top administration official",
      "a top administration official",
      "Airbus",
      "The premier of the German state of North Rhine-Westphalia",
    ]);
  });

  it("reads a country before a company as a description, 'claims writer X' as inverted, and a person after an organization's name", () => {
    const quotes = quotesOf(
      'The US automobile manufacturer Ford has said that it posted a profit, and predicted that it would be "solidly profitable" by 2011.\n\n"We are rolling out the first airplane," enthused Scott Fancher.\n\n"It is an extraordinary challenge," claims writer John Ostrower.\n\nChief investment officer at Fort Pitt Capital Group Charlie Smith said: "I think the machines just took over."',
      "2010-11-01",
    );
    expect(quotes.map((q) => q[2])).toEqual(["Ford", "Scott Fancher", "John Ostrower", "Charlie Smith"]);
  });
});

describe("speakers named around a broadcast exchange and a statement", () => {
  it("finds the speaker of a question in the short sentence after it, and of a retort by role", () => {
    const quotes = quotesOf(
      "On the radio, Mr Pritchard was pressed by presenter Martin Hale on the cost.\n\n" +
        '"Eight billion pounds - where is that coming from?" Mr Hale asked.\n\n' +
        '"From a windfall tax," Mr Pritchard replied.\n\n' +
        '"The government already has a windfall tax," the presenter countered.',
      "2023-10-10",
    );
    expect(quotes.map((q) => q[2])).toEqual(["Martin Hale", "Pritchard", "Martin Hale"]);
  });

  it("gives a quotation after 'Mr X paused' to X, and 'the statement said' to who issued it", () => {
    const quotes = quotesOf(
      'Owen Pritchard spoke for an hour. Mr Pritchard paused, then looked up. "I\'ll take that as a yes."\n\n' +
        'The Conservative Party said in a statement that Labour\'s plans were "unfunded".\n\n' +
        '"Labour have no plan to pay for this," the statement said.',
      "2023-10-10",
    );
    expect(quotes.map((q) => q[2])).toEqual(["Owen Pritchard", "Conservative Party", "Conservative Party"]);
  });

  it("gives a quotation standing alone to the person the next sentence says it was from", () => {
    const quotes = quotesOf(
      '"We have been here before."\n\nThat was how Sen. Raymond Pike, a Montana Democrat, described the mood on Thursday.\n\n' +
        '"It is the most confident I have seen this party."\n\nThat was the verdict of Prof Gwen Tallis, an expert at the University of Strathclyde.',
      "2023-09-28",
    );
    expect(quotes.map((q) => q[2])).toEqual(["Raymond Pike", "Gwen Tallis"]);
  });
});

describe("speakers through coordination, documents and spokespeople", () => {
  it("gives a verb joined by 'and' the first verb's subject", () => {
    const quotes = quotesOf(
      'The White House said in a statement that it "strongly supports" the Senate\'s bill and urged Republicans to stop "playing games".',
      "2023-09-28",
    );
    expect(quotes.map((q) => q[2])).toEqual(["White House", "White House"]);
  });

  it("reads the author of a document after 'according to', and 'the memo' as that author", () => {
    const quotes = quotesOf(
      'Eligibility would expand "regardless of income," according to a summary prepared by the Legislative Fiscal Bureau, at a cost of $600 million.\n\n' +
        'The race is "essentially tied," according to a memo from the campaign\'s pollster, Meredith Sayle, that was obtained by POLITICO. The memo argues that his support is "soft."',
      "2024-03-14",
    );
    expect(quotes.map((q) => q[2])).toEqual(["Legislative Fiscal Bureau", "Meredith Sayle", "Meredith Sayle"]);
  });

  it("takes 'the spokeswoman' for the spokeswoman named, not for whom she speaks", () => {
    const quotes = quotesOf(
      'Allie Dunn, a spokeswoman for Dale Whitcomb, said the campaign stood by the ad.\n\n"The facts are the facts," Dunn said. The ad would stay on the air "as long as it takes," the spokeswoman added.',
      "2024-03-14",
    );
    expect(quotes.map((q) => q[2])).toEqual(["Allie Dunn", "Allie Dunn"]);
  });
});

describe("interjections and remarks attributed after the fact", () => {
  it("reads 'interjected' as a cue, and 'The remark, from X' as naming the speaker before it", () => {
    const quotes = quotesOf(
      '"With respect," Kadri Saar interjected, "we have said that since October."\n\n' +
        '"If 26 countries can agree, we must find a way to act as 26."\n\n' +
        "The remark, from Dutch Finance Minister Pieter van Loon on the sidelines of the summit, reflected frustration.",
      "2023-12-15",
    );
    expect(quotes.map((q) => q[2])).toEqual(["Kadri Saar", "Kadri Saar", "Pieter van Loon"]);
    const assessed = quotesOf(
      '"It is the same fight we had in 2022."\n\nThe assessment came from Harriet Doyle, a former party director.',
      "2024-02-07",
    );
    expect(assessed.map((q) => q[2])).toEqual(["Harriet Doyle"]);
    const ministry = quotesOf(
      'In Kyiv, the Ukrainian foreign ministry said the decision was "a victory for Ukraine".\n\n"Today, Europe has answered," the ministry said.',
      "2023-12-15",
    );
    expect(ministry.map((q) => q[2])).toEqual([
      "Ministry of Foreign Affairs of Ukraine",
      "Ministry of Foreign Affairs of Ukraine",
    ]);
  });
});

describe("speakers named in the sentence after or before a quotation", () => {
  it("reads 'The line, from X' in the same paragraph, past a possessor", () => {
    const quotes = quotesOf(
      '"I have seen faster service at the DMV." The line, from Rep. Curtis Hanley, drew laughter.\n\n' +
        '"The message is clear." The post, from Pennington\'s campaign manager, Luis Ferreira, appeared on X.',
      "2023-05-17",
    );
    expect(quotes.map((q) => q[2])).toEqual(["Curtis Hanley", "Luis Ferreira"]);
  });

  it("gives a quotation the subject of the sentence before, after an opening phrase or as a role", () => {
    const quotes = quotesOf(
      'Treasurer Claire Fennessy and Rep. Marisol Ortega-Baines spoke. In her closing remarks, Ortega-Baines returned to the budget. "I will say this plainly."\n\n' +
        'The Treasurer returned to the issue in her final answer. "Every household will receive the full rebate."',
      "2024-03-20",
    );
    expect(quotes.map((q) => q[2])).toEqual(["Marisol Ortega-Baines", "Claire Fennessy"]);
  });

  it("prefers the paragraph's own subject to a cue in the paragraph above, and 'so-called' is no cue", () => {
    const quotes = quotesOf(
      'Treasurer Claire Fennessy spoke first. Her spokeswoman, Grace Okafor, later said the figures were "simply wrong".\n\n' +
        'The Treasurer returned to the issue in response to a so-called "Dorothy Dixer" from a backbencher. "Every household will receive the full rebate."',
      "2024-03-20",
    );
    expect(quotes.find((q) => String(q[0]).startsWith("Every household"))?.[2]).toBe("Claire Fennessy");
  });

  it("passes the turn between two people trading lines in paragraphs of their own", () => {
    const exchange =
      'Dana Whitfield chaired the hearing and questioned Karen Liddell.\n\n"Did you read the audit?" Whitfield asked.\n\n' +
      '"I read it the week it was finished," Liddell replied.\n\n"Then why did nothing change?"\n\n';
    expect(quotesOf(`${exchange}"Things did change," she said.`, "2024-03-20").map((q) => q[2])).toEqual([
      "Dana Whitfield",
      "Karen Liddell",
      "Dana Whitfield",
      "Karen Liddell",
    ]);
    // "added" goes on in the last voice.
    const added = quotesOf(
      'Dana Whitfield questioned Karen Liddell.\n\n"Did you read the audit?" Whitfield asked.\n\n"I did," Liddell replied.\n\n"Twice," she added.',
      "2024-03-20",
    );
    expect(added.map((q) => q[2])).toEqual(["Dana Whitfield", "Karen Liddell", "Karen Liddell"]);
  });

  it("gives a quotation with no cue anywhere, opening its paragraph, to the person the paragraph before ends on", () => {
    expect(
      quotesOf(
        'Marcus Webb lost three ballots. In a floor speech, Webb made clear he was prepared to wait.\n\n"Madam Clerk, I did not come here to make friends."',
      ),
    ).toEqual([["Madam Clerk, I did not come here to make friends.", "direct", "Marcus Webb"]]);
  });

  it("reads whose words a colon introduces ('Choudhary's message to aspirants was brief:')", () => {
    expect(
      quotesOf(
        "Chief minister Ramprasad Choudhary spoke for an hour. Choudhary's message to aspirants was brief:\n\n\"Don't lose heart.\"",
      ),
    ).toEqual([["Don't lose heart.", "direct", "Ramprasad Choudhary"]]);
  });

  it("reads a colon ending the paragraph before, a title with a period in parentheses and 'the Polish leader'", () => {
    expect(
      quotesOf(
        'In a floor speech on Wednesday, Martin Oyelaran made his case to skeptics:\n\n"Doing nothing is also a policy."',
      ),
    ).toEqual([["Doing nothing is also a policy.", "direct", "Martin Oyelaran"]]);
    expect(
      quotesOf('"We\'re not there yet," Sen. Thomas Adair (R-Okla.), the lead negotiator, told reporters.'),
    ).toEqual([["We're not there yet,", "direct", "Thomas Adair"]]);
    const leaders = quotesOf(
      'Polish Prime Minister Tomasz Wierzbicki spoke first. Dutch Prime Minister Joost van der Meulen told Wierzbicki no. "I share the urgency," he said.\n\n' +
        'Asked about the Dutch position, the Polish leader was unimpressed. "Credit cards are for shopping," he said.',
    );
    expect(leaders.map((q) => q[2])).toEqual(["Joost van der Meulen", "Tomasz Wierzbicki"]);
  });

  it("gives a headline's quotation the speaker its body names, and reads a short phrase after its colon as the speaker", () => {
    const quotes = quotesOf(
      "'We're not there yet': Senate negotiators stall on border and Ukraine package\n\n" +
        '"We\'re not there yet," Sen. Thomas Adair told reporters on Wednesday.',
    );
    expect(quotes.map((q) => q[2])).toEqual(["Thomas Adair", "Thomas Adair"]);
    const greens = quotesOf(
      'Germany\'s Greens defiant at party congress: "We will not apologize"\n\n' +
        '"We will not apologize," Katrin Vollmer told delegates in German.',
    );
    expect(greens.map((q) => q[2])).toEqual(["Katrin Vollmer", "Katrin Vollmer"]);
    const expert = quotesOf(
      "'The response will be adequate': Military expert\n\nThe missiles could reach Crimea, analysts said.",
    );
    expect(expert[0]?.[2]).toBe("Military expert");
  });

  it("reads a role's short form ('the CM told reporters') as the role's holder", () => {
    const quotes = quotesOf(
      'JAIPUR: Chief minister Ramprasad Choudhary on Monday announced an inquiry. "The guilty won\'t be spared," the CM told reporters.',
    );
    expect(quotes).toEqual([["The guilty won't be spared,", "direct", "Ramprasad Choudhary"]]);
  });

  it("takes no speaker from a slogan in quotation marks", () => {
    const quotes = quotesOf(
      "Sudhanshu Raman arrived late. Banners carried the slogan “Bihar Maange Raftaar”.\n\n" +
        "The party's candidate wasted little time. “For 20 years, Bihar has waited,” he told the crowd.",
    );
    expect(quotes.find((q) => String(q[0]).startsWith("For 20 years"))?.[2]).toBe("Sudhanshu Raman");
  });

  it("reads 'she said' as the role that is the subject of the sentence before", () => {
    const quotes = quotesOf(
      "Treasurer Claire Fennessy answered first. “We will pay,” she said. Angela Moreton then spoke. “You will not,” Ms Moreton said.\n\n" +
        "Pressed on the figures later, the Treasurer was unruffled. “I have read the numbers,” she said.",
      "2024-03-20",
    );
    expect(quotes.map((q) => q[2])).toEqual(["Claire Fennessy", "Angela Moreton", "Claire Fennessy"]);
  });
});

describe("speakers named by role, pronoun and title", () => {
  const speakerOf = (body: string, words: string) =>
    articleOf(body)
      .quotes.filter((q) => q.text.includes(words))
      .map((q) => q.speaker ?? q.speaker_text);

  it("reads 'the Democratic governor' as the governor named before, not the party", () => {
    const body =
      "Kansas Gov. Denise Harlan on Friday vetoed the bill.\n\n" +
      'The Democratic governor called the measure "a blank check with no accountability" in her veto message.';
    expect(speakerOf(body, "blank check")).toEqual(["Denise Harlan"]);
  });

  it("gives a quotation after 'she went further, writing:' to the woman named before", () => {
    const body =
      "Kansas Gov. Denise Harlan vetoed a similar proposal in 2023.\n\n" +
      "In this year's veto message, she went further, writing:\n\n" +
      '"This bill asks Kansans to pay twice."';
    expect(speakerOf(body, "pay twice")).toEqual(["Denise Harlan"]);
  });

  it("does not take a description inside a quotation for the introduction of 'the minister'", () => {
    const body =
      "Lawmakers rejected a constitutional accusation against Interior Minister Javiera Sepulveda.\n\n" +
      '"They have a minister who keeps her job but has lost her authority," said Cristobal Undurraga.\n\n' +
      "Government spokeswoman Paula Rivas said the vote showed the coalition was intact.\n\n" +
      'The minister said she would travel north on Wednesday. "The best answer I can give is work," she said.';
    expect(speakerOf(body, "best answer")).toEqual(["Javiera Sepulveda"]);
  });

  it("takes a title alone for no one's name: 'the Ceann Comhairle said'", () => {
    const article = articleOf(
      "‘I’ll decide what is parliamentary,’ the Ceann Comhairle said. Sinn Féin TD Darragh Kinsella shouted.",
    );
    expect(article.mentions.map((m) => [m.type, m.text])).toEqual([
      ["ORG", "Sinn Féin"],
      ["PERSON", "Darragh Kinsella"],
    ]);
  });
});
