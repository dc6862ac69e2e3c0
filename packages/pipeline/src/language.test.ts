import { describe, expect, it } from "vitest";
import { countLetters, languageLabel, latinLanguage, scriptLanguages } from "./language.js";

/** Labels text as a whole article would be labelled. */
const label = (text: string) => languageLabel(countLetters(text, scriptLanguages(text)));

describe("language labels", () => {
  it("tells Ukrainian from Russian by their letters", () => {
    expect(label("Дві країни. Один чіткий, твердий і непохитний сигнал: ми разом.")).toBe("uk");
    expect(label("Две страны. Один чёткий, твёрдый и непоколебимый сигнал: мы вместе.")).toBe("ru");
  });

  it("labels text mixing languages with both, largest share first", () => {
    expect(label("Two nations. One clear message: We stand together. Дві країни. Один чіткий сигнал: ми разом.")).toBe(
      "en+uk",
    );
    expect(label("A long English sentence about missiles and aid with one word Київ.")).toBe("en");
  });

  it("takes a Cyrillic name in an English text for Ukrainian or Russian, never Serbian", () => {
    expect(label("Thank you, @POTUS! — Володимир Зеленський (@ZelenskyyUa) September 21, 2023")).toMatch(
      /^en\+(uk|ru)$/,
    );
    expect(label("Вучић је рекао да ће Србија")).toBe("sr");
  });

  it("gives a short Ukrainian sentence without і, ї, є or ґ the language of the rest of its article", () => {
    const article = "Т. Г. Шевченко народився в 1814 р. Він був поетом.";
    const defaults = scriptLanguages(article);
    expect(languageLabel(countLetters("Т. Г. Шевченко народився в 1814 р.", defaults))).toBe("uk");
  });

  it("labels Japanese with kana as Japanese, not Chinese", () => {
    expect(label("東京で会議が開かれた")).toBe("ja");
    expect(label("北京举行会议")).toBe("zh");
  });

  it("labels text without letters as undetermined", () => {
    expect(label("— 2023 —")).toBe("und");
  });

  it("identifies the Latin-script language of a whole article, and trusts only long text", () => {
    const french =
      "Le président français a annoncé jeudi la livraison de missiles de croisière à longue portée à l'Ukraine, " +
      "une décision saluée par Kyiv mais critiquée par Moscou, qui dénonce une escalade dangereuse du conflit en cours. " +
      "Les premières livraisons devraient arriver dans les prochaines semaines, selon le ministère des Armées.";
    expect(latinLanguage(french)).toBe("fr");
    expect(latinLanguage("Airbus wins big order")).toBe("en");
  });

  it("reads English from its lowercase words, so names, capitals and score tables do not hide it", () => {
    const results =
      "SOCCER - GERMAN FIRST DIVISION RESULTS . BONN 1996-10-19 Results of German first division soccer matches " +
      "played on Saturday ( scorers in brackets ) : Bayern Munich 2 ( Rehbach 34 , Lindqvist 71 ) Werder Bremen 0 . " +
      "Borussia Dortmund 3 ( Hafner 12 , 88 , Obradovic 40 ) VfB Stuttgart 3 ( Kessler 25 , Baumgart 60 ) . " +
      "Hamburg 1 ( Mirza 9 ) Schalke 1 ( Wendtland 55 ) . Bayer Leverkusen 0 Karlsruhe 2 ( Dressel 17 , Nkono 81 ) . " +
      "Bayern stay two points clear at the top after Stuttgart , who led 3-2 with two minutes left , conceded a late " +
      "equaliser to Michael Hafner at Dortmund .";
    expect(latinLanguage(results)).toBe("en");
    const german =
      "Die Bundesregierung hat am Mittwoch beschlossen, der Ukraine weitere Waffen zu liefern. Das Paket umfasst " +
      "Flugabwehrsysteme und Munition, wie ein Sprecher in Berlin sagte. Es ist das größte Paket seit Beginn des " +
      "Krieges, und es soll in den kommenden Wochen an die Front gebracht werden.";
    expect(latinLanguage(german)).toBe("de");
  });
});
