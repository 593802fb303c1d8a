package io.policylens.text;

import io.policylens.document.Span;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Traditional → simplified as OpenCC converts, over its dictionaries: cases written from those dictionaries and
 * cases of our own, each where a converter that knows only characters, or only one script, goes wrong.
 */
class ChineseConverterTest {

    private final ChineseConverter converter = ChineseConverter.opencc();

    private void converts(String traditional, String simplified) {
        assertThat(converter.toSimplified(traditional)).as(traditional).isEqualTo(simplified);
    }

    @Test
    void personalNamesKeepTheirRareCharacters() {
        converts("楊聯陞教授", "杨联陞教授");          // 陞 in a name, but 高陞 is 高升
        converts("步步高陞", "步步高升");
        converts("畢昇發明活字印刷", "毕昇发明活字印刷");   // 昇 in a name, but 昇華 is 升华
        converts("昇華", "升华");
        converts("張鈞甯主演", "张钧甯主演");            // 甯 as a surname and in names
        converts("氾勝之書", "氾胜之书");               // 氾 as a surname, but 氾濫 is 泛滥
        converts("氾濫成災", "泛滥成灾");
        converts("盧象昇", "卢象昇");
    }

    @Test
    void countyAndTownNamesWithQian() {
        converts("吉林省乾安縣乾安鎮", "吉林省乾安县乾安镇");
        converts("陝西省乾縣", "陕西省乾县");
        converts("乾隆年間", "乾隆年间");
        converts("乾坤未定", "乾坤未定");
        converts("空氣乾燥", "空气干燥");
        converts("乾淨整潔", "干净整洁");
    }

    @Test
    void charactersThatMergedInSimplifiedAreConvertedByPhrase() {
        converts("頭髮", "头发");
        converts("一碗牛肉麵", "一碗牛肉面");
        converts("瞭解情況", "了解情况");
        converts("發展", "发展");
        converts("皇后與後來", "皇后与后来");
    }

    @Test
    void variantCharactersOfTaiwanAndHongKong() {
        converts("爲了", "为了");
        converts("為了", "为了");
        converts("山峯", "山峰");
        converts("衞生", "卫生");
        converts("他睡著了，床裡很暖", "他睡着了，床里很暖"); // Taiwan's 著 and 裡
        converts("著作權", "著作权");                      // but 著作 is 著
        converts("這樣纔行", "这样才行");
    }

    @Test
    void noVocabularyIsRewritten() {
        converts("寫一個程式", "写一个程式");
        converts("軟體與計程車", "软体与计程车");
        converts("滑鼠與硬碟", "滑鼠与硬碟");
    }

    @Test
    void compatibilityIdeographsBecomeTheirUnifiedForm() {
        converts("\uF900", "岂");                        // 豈 (compatibility) → 豈 → 岂
        converts("\uD87E\uDC00", "丽");                   // U+2F800 → 丽
    }

    @Test
    void simplifiedTextPassesUnchanged() throws IOException {
        String page;
        try (InputStream in = ChineseConverterTest.class.getResourceAsStream("simplified-policy-page.txt")) {
            page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(page.length()).isGreaterThan(1000);
        assertThat(converter.toSimplified(page)).isEqualTo(page);
        ChineseConverter.Conversion c = converter.convert(page);
        assertThat(c.text()).isSameAs(page);
        assertThat(c.offsets().isIdentity()).isTrue();
        // Words a converter of one script breaks: 显著 (Taiwan's 著 is 着), 慰藉 (藉 may be 借), 萧乾 and 康雍乾.
        for (String s : new String[] {"效果显著", "专著", "慰藉", "萧乾的译著", "康雍乾时期", "什么", "那么多"}) {
            assertThat(converter.toSimplified("据报道，" + s + "，这是发展的需要。")).isEqualTo("据报道，" + s + "，这是发展的需要。");
        }
    }

    @Test
    void simplifiedWritingInsideTraditionalTextKeepsItsZhu() {
        // A simplified 显 beside Taiwan's 著: the 著 is simplified script, not Taiwan's 着.
        converts("《臺灣產業發展報告》显著提升", "《台湾产业发展报告》显著提升");
    }

    @Test
    void offsetsStayExactWhenAConversionChangesTheUtf16Length() {
        // 殢 (one UTF-16 unit) becomes 𣨼 (two): everything after it shifts by one, and maps back exactly.
        String original = "殢雲尤雨，創新驅動";
        ChineseConverter.Conversion c = converter.convert(original);
        assertThat(c.text()).isEqualTo("\uD84E\uDE3C云尤雨，创新驱动");
        assertThat(c.text().length()).isEqualTo(original.length() + 1);
        int at = c.text().indexOf("创新");
        Span inOriginal = c.offsets().toOriginal(new Span(at, at + 2));
        assertThat(inOriginal.of(original)).isEqualTo("創新");
        Span back = c.offsets().toText(inOriginal);
        assertThat(back.of(c.text())).isEqualTo("创新");
        // The changed character maps as a whole, never half a surrogate pair.
        assertThat(c.offsets().toOriginal(new Span(0, 1)).of(original)).isEqualTo("殢");
        assertThat(c.offsets().toText(new Span(0, 1)).of(c.text())).isEqualTo("\uD84E\uDE3C");

        // The other way: a supplementary compatibility ideograph becomes one unit.
        String compat = "\uD87E\uDC00麗風景，發展";
        ChineseConverter.Conversion d = converter.convert(compat);
        assertThat(d.text()).isEqualTo("丽丽风景，发展");
        int dev = d.text().indexOf("发展");
        assertThat(d.offsets().toOriginal(new Span(dev, dev + 2)).of(compat)).isEqualTo("發展");
    }

    @Test
    void theScriptIsReadWithTheSameTables() {
        ScriptDetector detector = new ScriptDetector(converter);
        assertThat(detector.detect("中国人民大学")).isEqualTo(Script.SIMPLIFIED);
        assertThat(detector.detect("一二三四五六七八九十")).as("characters common to both scripts")
            .isEqualTo(Script.SIMPLIFIED);
        assertThat(detector.detect("山中有一个大石头")).isEqualTo(Script.SIMPLIFIED);
        assertThat(detector.detect("山中大石裡")).as("one Taiwan-variant character").isEqualTo(Script.TRADITIONAL);
        assertThat(detector.detect("國家科學及技術委員會")).isEqualTo(Script.TRADITIONAL);
        assertThat(detector.detect("国家科学委员会宣布，國家科學及技術委員會今天")).isEqualTo(Script.MIXED);
    }

    @Test
    void traditionalFormsComeFromTheTables() {
        assertThat(converter.traditionalFormsOf('发')).contains((int) '發', (int) '髮');
        assertThat(converter.traditionalFormsOf('中')).isEmpty();
    }

    @Test
    void theGuardedVariantKeysAreTheOnlyStandardSimplifiedCharactersTheVariantReversalChanges() throws IOException {
        // Each one-character Taiwan and Hong Kong variant key, read in traditional context (beside 國) and in
        // simplified context (beside 国): where the two differ, the reversal would change simplified text.
        TreeSet<String> differ = new TreeSet<>();
        for (String dictionary : new String[] {"TWVariantsRev", "HKVariantsRev"}) {
            try (InputStream in = ChineseConverter.class.getResourceAsStream("opencc/" + dictionary + ".txt")) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (line.startsWith("#") || !line.contains("\t")) {
                        continue;
                    }
                    String key = line.substring(0, line.indexOf('\t'));
                    String asTraditional = converter.toSimplified("國" + key).substring(1);
                    String asSimplified = converter.toSimplified("国" + key).substring(1);
                    if (!asTraditional.equals(asSimplified)) {
                        differ.add(key);
                    }
                }
            }
        }
        // Only 著 and 么, standard simplified characters (显著, 什么), are read differently: guarded wherever the
        // text is not plainly traditional. Every other variant is a form simplified text does not use (痺 for 痹,
        // 衞 for 卫): converted in any context, and evidence of a traditional text by itself.
        assertThat(String.join("", differ)).isEqualTo("么著");
        assertThat(ChineseConverter.SIMPLIFIED_VARIANT_KEYS).containsExactlyInAnyOrder((int) '著', (int) '么');
    }
}
