package io.policylens.analyse;

import io.policylens.TestCorpus;
import io.policylens.document.SourceRef;
import io.policylens.extract.CleanDocument;
import org.junit.jupiter.api.Test;


import static org.assertj.core.api.Assertions.assertThat;

class LanguageIdentifierTest {

    private final LanguageIdentifier identifier = new LanguageIdentifier();

    @Test
    void chineseEnglishAndGermanAreToldApart() {
        assertThat(identifier.identify("某市日前出台支持科技型中小企业发展的十条措施。").language()).isEqualTo("zh");
        assertThat(identifier.identify("The city government announced ten measures to support small technology firms "
            + "with research funding, talent programmes and easier access to loans.").language()).isEqualTo("en");
        assertThat(identifier.identify("Die Stadtregierung hat zehn Massnahmen zur Förderung kleiner Technologieunternehmen "
            + "angekündigt, darunter Forschungsmittel und günstigere Kredite.").language()).isEqualTo("de");
    }

    @Test
    void aGuessThatDoesNotBeatTheRunnerUpIsUndetermined() {
        LanguageIdentifier.Guess g = identifier.identify("ok 123");
        assertThat(g.language().equals("und") || g.best() >= 1.5 * g.runnerUp()).isTrue();
    }

    @Test
    void anEnglishParagraphInAChineseDocumentIsKeptAndMarked() {
        String text = "某市发布人工智能产业发展报告，全市相关企业超过2600家。\n"
            + "Abstract: The report describes the growth of artificial intelligence companies in the city and the "
            + "funds that support them.\n政府将继续加大支持力度。";
        SourceRef src = new SourceRef("file:///t", "t");
        CleanDocument clean = CleanDocument.ofText(src, "", text);
        AnalysedDocument doc = new Analyser(TestCorpus.hanlp()).analyse(clean);
        assertThat(doc.language()).isEqualTo("zh");
        assertThat(doc.passages()).hasSize(1);
        assertThat(doc.passages().get(0).language()).isEqualTo("en");
        assertThat(doc.passages().get(0).span().of(text)).startsWith("Abstract:").endsWith("support them.");
    }
}
