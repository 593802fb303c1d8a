package io.policylens.analyse;

import io.policylens.document.Span;
import io.policylens.text.Token;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Companies by the short names markets and news write them: a trade name of two characters and an industry word
 * (星岚光电, 汇川技术, 振华科技, 东岳新材), which a tagger trained on older news mostly misses. Such a name is a
 * company where what follows is what companies do (…预计, …宣布, …计划, …上市, …董事长); a trade name that is a
 * common word (生物医药, 全球半导体, 传统汽车) or a place (江苏电子) makes none. Thread-safe.
 */
final class CompanyShortNames {

    /** The industry words that close a short name, two characters each (新材 of 新材料, 锂能); briefs' subjects end so too. */
    static final Set<String> INDUSTRY = Set.of("科技", "电子", "光电", "股份", "新材", "材料", "电器", "电气", "能源", "新能",
        "医药", "药业", "生物", "集成", "技术", "智能", "电池", "锂能", "锂业", "锂电", "控股", "精密", "精工", "重工", "机械",
        "汽车", "动力", "通信", "通讯", "软件", "信息", "网络", "数据", "传媒", "食品", "乳业", "化工", "环保", "光伏", "微电",
        "实业", "物流", "医疗", "制药", "装备", "电力", "矿业", "钢铁", "光学", "激光", "电缆", "电工", "储能", "化学", "环境",
        "智造", "微纳", "航空", "航天", "重机", "机电", "电机", "仪器", "仪表", "自动", "数控", "精机", "纳米", "能科", "创新",
        "集团", "证券", "银行", "保险", "信托", "地产", "置业", "农业", "光能");

    /** Words of fields that the segmenter may cut into characters or call names (网/联 汽车, 低空 经济). */
    private static final Set<String> FIELDS = Set.of("网联", "低空", "商业", "通用", "民用", "军用", "工业", "产业", "清洁",
        "绿色", "数字", "智慧", "先进", "新兴", "未来", "前沿", "传统", "现代", "全球", "国内", "国际", "国产", "本土", "海外",
        "民营", "国有", "头部", "龙头", "中小", "大型", "我国", "全国", "全省", "全市", "当地", "地方", "新型", "高端", "其他");

    /**
     * What only a company does (a technology or a product also 实现s, 推出s and 获得s): the acts that vouch for a
     * trade name written as one proper noun or abbreviation, which may be a term (闪存/nz 技术, 高新/j 技术).
     */
    private static final String ONLY_COMPANIES_DO = "表示|宣布|发布公告|披露|公告|称|回应|上市|股价|股份|市值|营收|净利"
        + "|董事长|总经理|总裁|董秘|成立于|在互动平台";
    private static final Pattern ONLY_COMPANIES_ACT = Pattern.compile("(" + ONLY_COMPANIES_DO + ")");
    /** What a company does right after its name: those, and what it expects, plans, wins, signs… */
    private static final String ACTS = ONLY_COMPANIES_DO + "|预计|预告|发布|公布|计划|拟|获得|获批|中标|完成|实现|推出|签署"
        + "|签订|与";
    private static final Pattern COMPANY_ACTS = Pattern.compile("(" + ACTS + ")");
    /** Their first characters: the pattern is tried only where one stands. */
    private static final String ACT_STARTS = java.util.Arrays.stream(ACTS.split("\\|")).map(a -> a.substring(0, 1))
        .distinct().collect(java.util.stream.Collectors.joining());

    private static boolean tradeNameIsATerm(Span name, List<Token> words) {
        Token trade = words.get(WordIndex.at(words, name.begin()));
        return trade.end() == name.begin() + 2 && (trade.tag().equals("nz") || trade.tag().equals("j"));
    }

    /** Tags a trade name's single characters are never (numbers, punctuation, function words, pronouns, adverbs). */
    private static final String NOT_IN_A_TRADE_NAME = "wmpucrdeyo";
    /**
     * Tags of a two-character trade name written as one word: names, abbreviations, proper nouns, bound morphemes
     * (not b, the attributive words 新型, 高端).
     */
    private static final Pattern TRADE_WORD_TAG = Pattern.compile("(nz|j|nr.*|nt.*|g.*|ag|ng|vg)");

    List<Mention> apply(String text, List<Mention> found, List<Token> words) {
        if (words.isEmpty()) {
            return found;
        }
        List<Mention> out = new java.util.ArrayList<>(found);
        for (int j = 1; j < words.size(); j++) {
            int end = words.get(j).end();
            if (end - 4 < 0 || end >= text.length() || ACT_STARTS.indexOf(text.charAt(end)) < 0
                || !COMPANY_ACTS.matcher(text).region(end, Math.min(text.length(), end + 6)).lookingAt()) {
                continue;
            }
            Span name = new Span(end - 4, end);
            if (isShortName(text, name, words) && (!tradeNameIsATerm(name, words)
                || ONLY_COMPANIES_ACT.matcher(text).region(end, Math.min(text.length(), end + 6)).lookingAt())) {
                EntityRules.replaceWhatItHolds(text, name, EntityType.ORG, out);
            }
        }
        out.sort(java.util.Comparator.comparing(Mention::span));
        return out;
    }

    /**
     * Whether a span is written as a company's short name: four characters on word boundaries, an industry word
     * after a trade name that is neither a common word nor a place.
     */
    static boolean isShortName(String text, Span s, List<Token> words) {
        if (s.length() != 4 || !INDUSTRY.contains(text.substring(s.end() - 2, s.end()))) {
            return false;
        }
        int first = WordIndex.at(words, s.begin());
        if (first < 0 || WordIndex.at(words, s.end() - 2) < 0 && words.get(first).end() != s.end() - 2
            || WordIndex.firstFrom(words, s.end()) < words.size() && WordIndex.at(words, s.end()) < 0) {
            return false; // the name cuts a word of the segmenter's
        }
        if (FIELDS.contains(text.substring(s.begin(), s.begin() + 2))) {
            return false;
        }
        Token a = words.get(first);
        if (a.end() == s.begin() + 2) {
            return TRADE_WORD_TAG.matcher(a.tag()).matches() && !INDUSTRY.contains(a.text());
        }
        if (a.end() != s.begin() + 1 || first + 1 >= words.size() || words.get(first + 1).end() != s.begin() + 2) {
            return false;
        }
        Token b = words.get(first + 1);
        return Character.isIdeographic(a.text().charAt(0)) && Character.isIdeographic(b.text().charAt(0))
            && NOT_IN_A_TRADE_NAME.indexOf(a.tag().charAt(0)) < 0 && NOT_IN_A_TRADE_NAME.indexOf(b.tag().charAt(0)) < 0;
    }
}
