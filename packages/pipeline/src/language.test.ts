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
});
