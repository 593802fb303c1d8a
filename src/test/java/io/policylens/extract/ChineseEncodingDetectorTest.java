package io.policylens.extract;

import io.policylens.text.ChineseConverter;
import io.policylens.text.Script;

import io.policylens.TestCorpus;
import io.policylens.document.RawDocument;
import io.policylens.document.RejectedException;
import io.policylens.document.SourceRef;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ChineseEncodingDetectorTest {

    private static final Set<Integer> COMMON = CommonCharacters.both(ChineseConverter.opencc());
    private final Extractor extractor = new Extractor(ExtractSettings.defaults());

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = ChineseEncodingDetectorTest.class.getResourceAsStream("charsets/" + name)) {
            return in.readAllBytes();
        }
    }

    private CleanDocument extract(String name, String httpCharset) throws IOException, RejectedException {
        RawDocument raw = RawDocument.of(new SourceRef("http://example.org/" + name, "example.org"), Instant.EPOCH,
            "text/html", httpCharset, fixture(name));
        return extractor.extract(raw);
    }

    @Test
    void labelsAreWidenedToTheirSupersets() {
        assertThat(ChineseEncodingDetector.forLabel("gb2312")).isEqualTo(Charset.forName("GB18030"));
        assertThat(ChineseEncodingDetector.forLabel("GBK")).isEqualTo(Charset.forName("GB18030"));
        assertThat(ChineseEncodingDetector.forLabel("big5")).isEqualTo(Charset.forName("Big5-HKSCS"));
        assertThat(ChineseEncodingDetector.forLabel("nonsense-charset")).isNull();
    }

    @Test
    void aByteOrderMarkAndValidUtf8WinOverAnyLabel() {
        ChineseEncodingDetector d = new ChineseEncodingDetector(COMMON, "GBK");
        byte[] utf8 = "<meta charset=\"gb2312\"><p>科技创新</p>".getBytes(StandardCharsets.UTF_8);
        assertThat(d.detect(utf8)).isEqualTo(StandardCharsets.UTF_8);
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a'};
        assertThat(d.detect(bom)).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void gbkOnlyCharactersOnAPageLabelledGb2312() throws Exception {
        CleanDocument d = extractor.extract(TestCorpus.raw("foshan-gbk-gb2312.html"));
        assertThat(d.text()).contains("局长王堃表示").contains("刘喆和陈镕");
    }

    @Test
    void aMetaThatLiesLoses() throws Exception {
        CleanDocument d = extract("gbk-meta-lies.html", null);
        assertThat(d.title()).isEqualTo("某区科技局召开创新工作会议");
        assertThat(d.text()).contains("局长王堃、副局长刘喆出席");
    }

    @Test
    void gb18030FourByteCharacters() throws Exception {
        assertThat(extract("gb18030-four-byte.html", null).text()).contains("刘䶮同志");
    }

    @Test
    void big5PagesReadAsBig5Hkscs() throws Exception {
        CleanDocument d = extract("big5-hkscs-label-big5.html", null);
        assertThat(d.original()).contains("新計劃啱啱推出").contains("資助嘅項目");
        assertThat(d.script()).isEqualTo(Script.TRADITIONAL);
    }

    @Test
    void theHttpCharsetIsUsedWhenThePageSaysNothing() throws Exception {
        CleanDocument d = extract("gbk-http-header-only.html", "gbk");
        assertThat(d.title()).isEqualTo("某市发布数字经济发展报告");
        assertThat(d.text()).contains("同比增长百分之十二");
    }

    @Test
    void withoutAnyLabelTheMoreChineseReadingWins() throws IOException {
        ChineseEncodingDetector d = new ChineseEncodingDetector(COMMON, null);
        byte[] gbk = fixture("gbk-http-header-only.html");
        assertThat(d.detect(gbk)).isEqualTo(Charset.forName("GB18030"));
        byte[] big5 = "國家科學及技術委員會今天公布統計，新竹科學園區去年營業額再創歷史新高。".getBytes(Charset.forName("Big5"));
        assertThat(d.detect(big5)).isEqualTo(Charset.forName("Big5-HKSCS"));
    }

    @Test
    void utf8WithAFewBrokenBytesIsStillUtf8NotGbMojibake() {
        byte[] good = "市科技局发布创新券管理办法。本市创新券年度预算安排2000万元，单个企业每年申领额度最高50万元。"
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] broken = new byte[good.length + 3];
        System.arraycopy(good, 0, broken, 0, 39);
        broken[39] = (byte) 0xC3;
        broken[40] = (byte) 0x28;
        broken[41] = (byte) 0xFF;
        System.arraycopy(good, 39, broken, 42, good.length - 39);
        assertThat(new ChineseEncodingDetector(COMMON, null).detect(broken)).isEqualTo(java.nio.charset.StandardCharsets.UTF_8);
        byte[] gbk = "市科技局发布创新券管理办法。本市创新券年度预算安排".getBytes(java.nio.charset.Charset.forName("GBK"));
        assertThat(ChineseEncodingDetector.mostlyUtf8(gbk)).isFalse();
    }
}
