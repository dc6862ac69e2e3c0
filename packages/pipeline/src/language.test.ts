import { describe, expect, it } from "vitest";
import { countLetters, languageLabel, latinLanguage } from "./language.js";

const label = (text: string, latin = "en") => languageLabel(countLetters(text, latin));

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
