package io.policylens.extract;

import io.policylens.text.ChineseConverter;

import java.util.HashSet;
import java.util.Set;

/**
 * About 600 of the most frequent characters of modern Chinese, in simplified and traditional forms: a reading of
 * decoded bytes that is mostly made of them is Chinese, one that is not is mojibake.
 */
public final class CommonCharacters {

    private static final String SIMPLIFIED =
        "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所"
        + "民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日"
        + "那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想"
        + "已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指"
        + "几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权"
        + "收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集"
        + "温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支"
        + "般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属"
        + "圆包火住调满县局照参红细引听该铁价严龙飞亿投资企创湖州浙苏宁波杭京沪深圳佛粤港澳台湾园项目研究技术服务推动实施支持培育";

    private CommonCharacters() {
    }

    /** The set, with each character's traditional forms (发 → 發, 髮) from the converter's tables. */
    public static Set<Integer> both(ChineseConverter converter) {
        Set<Integer> out = new HashSet<>();
        SIMPLIFIED.codePoints().forEach(cp -> {
            out.add(cp);
            out.addAll(converter.traditionalFormsOf(cp));
        });
        "，。、；：？！“”‘’（）《》—…".codePoints().forEach(out::add);
        return Set.copyOf(out);
    }
}
