package io.policylens.analyse;

import io.policylens.document.Span;
import io.policylens.text.Token;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A person named after a title, as news and policy text names officials and staff: 区长陈立新公开表示, 人才部长吴中平说,
 * 董事长钱学明、王可欣出席. The title is a segmenter word tagged as a post (nnt) or one of the titles listed here; the
 * name opens with a family name and runs two or three characters, three where the third ends a segmenter word and
 * what follows does not join it. The tagger's cut of such a name (周迎 of 周迎春为此) gives way to it. Appointment
 * notices name people before 同志 (任命王建华同志为…). Thread-safe.
 */
final class PersonsByTitle {

    /** Titles the segmenter does not tag as posts (主管 comes out a verb). */
    private static final Set<String> TITLES = Set.of("主管", "主任", "书记", "经理", "总经理", "副总经理", "董事长", "总裁",
        "副总裁", "助理", "总监", "负责人", "创始人", "院士", "教授", "研究员", "记者", "通讯员", "首席科学家", "秘书长", "理事长");
    /** The last characters of {@link #TITLES}: most words end otherwise, and are passed over without a look-up. */
    private static final String TITLE_ENDS = "管任记理长裁助监人士授员者家";
    /** Characters that end a two-character name where a third would otherwise be read: 李明说, 王平和, 张华在. */
    private static final String AFTER_A_NAME = "的和与及、，。；：！？“”（）()说在等为是也就将对向从称曾已还则带率一均同很";
    /** Words that follow a name and that the segmenter glues to its last character (远在, 华说). */
    private static final String GLUED_AFTER = "在说是和与将为也就对向从称曾已还";
    /** Words that end so and are words of their own, not a name's last character glued to 为 or 在 (徐明/认为). */
    private static final Set<String> WORDS_OF_THEIR_OWN = Set.of("认为", "以为", "成为", "作为", "因为", "称为", "视为", "较为",
        "更为", "最为", "极为", "尤为", "即将", "终将", "必将", "也是", "还是", "就是", "总是", "都是", "只是", "正是", "而是",
        "但是", "于是", "正在", "现在", "实在", "存在", "所在", "据说", "听说", "都说");
    private static final Set<String> FAMILY_NAMES = new HashSet<>(EntityRules.lines("surnames.txt").stream()
        .flatMap(l -> java.util.Arrays.stream(l.split("\\s+"))).toList());

    /** Whether the two characters are a compound family name (司马, 欧阳). */
    static boolean opensWithCompoundFamilyName(String two) {
        return two.length() == 2 && FAMILY_NAMES.contains(two);
    }

    /** The name opens with a family name of one or two characters. */
    static boolean opensWithFamilyName(String name) {
        return FAMILY_NAMES.contains(name.substring(0, 1)) || name.length() > 2 && FAMILY_NAMES.contains(name.substring(0, 2));
    }

    /** The mentions with the names written after a title added or made whole. */
    List<Mention> apply(String text, List<Mention> found, List<Token> words) {
        if (words.isEmpty()) {
            return found;
        }
        java.util.BitSet wordEnds = null;
        Token[] wordAt = null;
        List<Mention> out = new ArrayList<>(found);
        withoutThePersonAfterThem(text, out, words);
        for (Token w : words) {
            if (!w.tag().equals("nnt") && (w.text().length() < 2
                || TITLE_ENDS.indexOf(w.text().charAt(w.text().length() - 1)) < 0 || !TITLES.contains(w.text()))
                || opensWithCompoundFamilyName(w.text())) {
                continue; // 司马/nnt is an ancient post to the segmenter and a family name in today's text (司马南)
            }
            if (wordAt == null) { // most texts name no one after a title: index the words only when one does
                wordEnds = new java.util.BitSet(text.length() + 1);
                wordAt = new Token[text.length() + 1];
                for (Token x : words) {
                    wordEnds.set(x.end());
                    wordAt[x.begin()] = x;
                }
            }
            int at = w.end() < text.length() && text.charAt(w.end()) == ' ' ? w.end() + 1 : w.end();
            Span name;
            while ((name = nameAt(text, at, wordEnds, wordAt)) != null) {
                Span n = name;
                if (out.stream().anyMatch(m -> m.span().overlaps(n) && m.type() != EntityType.PER)) {
                    break; // a place or a body there
                }
                Mention tagged = out.stream().filter(m -> m.span().begin() == n.begin() && m.span().end() >= n.end())
                    .findFirst().orElse(null);
                if (tagged != null && tagged.span().end() == n.end() + 1 && endsTheName(text, n.end(), wordAt)) {
                    out.remove(tagged); // 副院长朱月很清楚: the tagger ran the name on into the adverb after it
                    tagged = null;
                }
                int end = tagged != null ? tagged.span().end() : n.end(); // the tagger's, as long or longer, stands
                if (tagged == null) {
                    out.removeIf(m -> m.span().overlaps(n));
                    out.add(EntityRules.mention(text, n.begin(), n.end(), EntityType.PER));
                }
                // 董事长钱学明、王可欣: a list of names shares its title.
                if (end < text.length() && text.charAt(end) == '、') {
                    at = end + 1;
                } else {
                    break;
                }
            }
        }
        addComrades(text, out, words);
        withTheirEmployers(text, out, words);
        out.sort(java.util.Comparator.comparing(Mention::span));
        return out;
    }

    /**
     * [广州医科大学附属第一医院钟南山院士]团队: a body's name the tagger ran over the person and the title after it is
     * the body, and the person is named before the title: a family name and one or two characters after a word's
     * end where the name before them ends as a body's does.
     */
    private static void withoutThePersonAfterThem(String text, List<Mention> out, List<Token> words) {
        for (int i = 0; i < out.size(); i++) {
            Mention m = out.get(i);
            int t = m.type() == EntityType.ORG && m.surface().length() >= 7 ? WordIndex.endingAt(words, m.span().end()) : -1;
            Token title = t > 0 ? words.get(t) : null;
            if (title == null || title.begin() <= m.span().begin()
                || !title.tag().equals("nnt") && !TITLES.contains(title.text())) {
                continue;
            }
            for (int length = 3; length >= 2; length--) {
                int begin = title.begin() - length;
                String name = text.substring(Math.max(begin, 0), title.begin());
                if (begin - m.span().begin() < 3 || WordIndex.endingAt(words, begin) < 0 || !opensWithFamilyName(name)
                    || !name.chars().allMatch(c -> io.policylens.text.HanChars.isHan((char) c))
                    || !endsLikeABodyOrAHospital(text.substring(m.span().begin(), begin))) {
                    continue;
                }
                Span person = new Span(begin, title.begin());
                out.removeIf(o -> o.type() == EntityType.PER && o.span().overlaps(person));
                i = out.indexOf(m); // the tagger's cut of the person may have stood before it
                out.set(i, EntityRules.mention(text, m.span().begin(), begin, EntityType.ORG));
                out.add(EntityRules.mention(text, begin, title.begin(), EntityType.PER));
                break;
            }
        }
    }

    private static boolean endsLikeABodyOrAHospital(String name) {
        return EntityRules.endsLikeABody(name) || name.endsWith("医院");
    }

    /** Words a title opens with that the segmenter cuts off (首席/执行官, 轮值/董事长). */
    private static final Set<String> TITLE_OPENERS = Set.of("首席", "联合", "副", "执行", "轮值", "常务", "名誉", "高级", "总");
    /** How titles the dictionary does not know end (首席/技术官, 首席/战略官). */
    private static final java.util.regex.Pattern TITLE_END = java.util.regex.Pattern.compile("(官|总裁|经理|总监|主任|书记|董事)$");
    /** Executive titles written in Latin letters (英伟达CEO黄仁勋). */
    private static final Set<String> LATIN_TITLES = Set.of("CEO", "CTO", "COO", "CFO", "CIO");

    /**
     * 特斯拉首席执行官埃隆·马斯克, OpenAI首席执行官奥尔特曼: between a title and the person after it stands the
     * name of who employs them, an organisation, which the tagger often takes for a person or misses when it is
     * written in Latin letters. Not where no person follows (雷军董事长表示: the person before their title).
     */
    private static void withTheirEmployers(String text, List<Mention> out, List<Token> words) {
        java.util.BitSet persons = new java.util.BitSet(text.length() + 1);
        out.stream().filter(m -> m.type() == EntityType.PER).forEach(m -> persons.set(m.span().begin()));
        if (persons.isEmpty()) {
            return;
        }
        for (int i = 1; i < words.size(); i++) {
            Token title = words.get(i);
            int after = title.end() < text.length() && text.charAt(title.end()) == ' ' ? title.end() + 1 : title.end();
            if (!persons.get(after)) {
                continue; // most words are followed by no person: no title look-up for them
            }
            boolean isTitle = title.tag().equals("nnt") || TITLES.contains(title.text()) || LATIN_TITLES.contains(title.text());
            if (!isTitle || title.text().equals("记者") || title.text().equals("通讯员")) {
                continue;
            }
            int first = i;
            while (first > 1 && TITLE_OPENERS.contains(words.get(first - 1).text())) {
                first--; // 首席/执行官, 轮值/董事长
            }
            Token before = words.get(first - 1);
            int opens = words.get(first).begin();
            Mention employer = out.stream().filter(m -> m.span().end() == opens).findFirst().orElse(null);
            if (employer != null && employer.type() == EntityType.PER) {
                out.remove(employer);
                out.add(EntityRules.mention(text, employer.span().begin(), employer.span().end(), EntityType.ORG));
            } else if (employer == null && before.end() == opens && before.tag().equals("nx") && before.text().length() >= 2
                && !LATIN_TITLES.contains(before.text()) && out.stream().noneMatch(m -> m.span().overlaps(new Span(before.begin(), before.end())))) {
                out.add(EntityRules.mention(text, before.begin(), before.end(), EntityType.ORG));
            } else if (employer == null) {
                addSecondEmployer(text, out, words, first);
            }
        }
    }

    /**
     * 集团首席执行官兼远景数科总经理张伟: who holds a second post names its employer between 兼 (after a title) and
     * the second title; what the tagger found inside that name gives way to it.
     */
    private static void addSecondEmployer(String text, List<Mention> out, List<Token> words, int title) {
        int k = title - 1;
        while (k > 0 && !words.get(k).text().equals("兼") && !words.get(k).tag().equals("w")
            && words.get(title).begin() - words.get(k).begin() <= 12) {
            k--;
        }
        if (k < 1 || k == title - 1 || !words.get(k).text().equals("兼")) {
            return;
        }
        Token before = words.get(k - 1);
        if (!before.tag().equals("nnt") && !TITLES.contains(before.text()) && !LATIN_TITLES.contains(before.text())
            && !TITLE_END.matcher(before.text()).find()) {
            return;
        }
        Span employer = new Span(words.get(k).end(), words.get(title).begin());
        if (k + 2 == title && (words.get(k + 1).tag().startsWith("ni") || words.get(k + 1).tag().startsWith("nn"))) {
            return; // 董事会/秘书: a body's own word before a title makes one title, not an employer
        }
        if (employer.length() >= 2) {
            EntityRules.replaceWhatItHolds(text, employer, EntityType.ORG, out);
        }
    }

    /**
     * 任命王建华同志为…, 免去刘晓峰同志的…职务: a family name and one or two characters before 同志, where a verb, a
     * title, a list mark or the start of a line stands before them, as appointment notices write names.
     */
    private static void addComrades(String text, List<Mention> out, List<Token> words) {
        if (!text.contains("同志")) {
            return;
        }
        java.util.BitSet openers = new java.util.BitSet(text.length() + 1);
        words.stream().filter(w -> w.tag().startsWith("v") || w.tag().equals("nnt") || w.tag().equals("w"))
            .forEach(w -> openers.set(w.end()));
        for (int comrade = text.indexOf("同志"); comrade >= 0; comrade = text.indexOf("同志", comrade + 2)) {
            if (comrade + 2 < text.length() && text.charAt(comrade + 2) == '们') {
                continue;
            }
            // 王明、张强等同志: the list's 等 stands between the last name and 同志.
            int at = comrade > 0 && text.charAt(comrade - 1) == '等' ? comrade - 1 : comrade;
            for (int length = 3; length >= 2; length--) {
                int begin = at - length;
                if (begin < 0 || !FAMILY_NAMES.contains(text.substring(begin, begin + 1))
                    || !text.substring(begin, at).codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                    continue;
                }
                boolean opens = begin == 0 || !han(text, begin - 1) || "、和与及".indexOf(text.charAt(begin - 1)) >= 0
                    || openers.get(begin);
                int from = begin;
                int to = at;
                boolean common = words.stream().anyMatch(w -> w.begin() < to && w.end() > from && w.text().length() > 1
                    && !w.tag().startsWith("nr") && (w.begin() < from || w.begin() == from || w.end() > to));
                if (common || text.charAt(at - 1) == '某') {
                    continue; // 全党同志, 单位同志, 纪委的同志: a common word, not a name, before 同志
                }
                Span name = new Span(begin, at);
                if (opens && out.stream().noneMatch(m -> m.span().overlaps(name) && !name.contains(m.span()))) {
                    out.removeIf(m -> name.contains(m.span()));
                    out.add(EntityRules.mention(text, begin, at, EntityType.PER));
                    break;
                }
            }
        }
    }

    /** The name opening at {@code at}: a family name and one or two characters more, or null. */
    private static Span nameAt(String text, int at, java.util.BitSet wordEnds, Token[] wordAt) {
        if (at >= text.length()) {
            return null;
        }
        Token word = wordAt[at];
        if (word != null && (word.text().length() >= 2 && !word.tag().startsWith("nr") && !opensWithCompoundFamilyName(word.text())
                && !aNameTheDictionaryCallsProper(text, word)
            || function(word)
            || word.tag().startsWith("v") && !word.tag().equals("vg"))) {
            return null; // 市长高度重视, 医生和配备, 主任应做: a common word opens there, not a family name
        }
        int family = at + 2 <= text.length() && FAMILY_NAMES.contains(text.substring(at, at + 2)) ? 2
            : at < text.length() && FAMILY_NAMES.contains(text.substring(at, at + 1)) ? 1 : 0;
        if (family == 0) {
            return null;
        }
        int two = at + family + 1;
        if (two > text.length() || !han(text, two - 1) || "某的".indexOf(text.charAt(two - 1)) >= 0) {
            return null;
        }
        Token second = wordAt[two - 1];
        if (second != null && second.text().length() == 1 && "dpcuyef".indexOf(second.tag().charAt(0)) >= 0) {
            return null; // 主席时却…, 书记任上: an adverb or a locative after the family name
        }
        int three = two + 1;
        Token thirdWord = two < wordAt.length ? wordAt[two] : null;
        // 张明远在…, cut 张/明/远在: the segmenter glued the name's last character to the word after it.
        boolean glued = thirdWord != null && thirdWord.begin() == two && thirdWord.text().length() == 2
            && GLUED_AFTER.indexOf(thirdWord.text().charAt(1)) >= 0 && !WORDS_OF_THEIR_OWN.contains(thirdWord.text());
        boolean third = three <= text.length() && han(text, three - 1) && AFTER_A_NAME.indexOf(text.charAt(two)) < 0
            && (three == text.length() || wordEnds.get(three) || !han(text, three) || glued)
            && !(thirdWord != null && thirdWord.text().length() == 1 && (function(thirdWord) || thirdWord.tag().equals("v")));
        if (!third && two < text.length() && han(text, two) && AFTER_A_NAME.indexOf(text.charAt(two)) < 0
            && !wordEnds.get(two)) {
            return null; // the second character runs on into a word: not a name's end
        }
        return new Span(at, third ? three : two);
    }

    /**
     * 作家 + 莫言/nz、…: a proper noun of two characters opening with a family name (相结合/nz of 工程师相结合 is
     * three), where a list's or a clause's name ends after it (a list's comma, 和, 说, punctuation), is the person
     * the title names.
     */
    private static boolean aNameTheDictionaryCallsProper(String text, Token word) {
        return word.tag().equals("nz") && word.text().length() == 2 && FAMILY_NAMES.contains(word.text().substring(0, 1))
            && (word.end() == text.length() || AFTER_A_PROPER_NAME.indexOf(text.charAt(word.end())) >= 0);
    }

    /** What ends a list's or a clause's name (工程师相结合的: 的 makes a phrase of it, no name). */
    private static final String AFTER_A_PROPER_NAME = "、，。；：！？和与及说";

    /** At {@code at} stands a one-character function word that ends a name before it (很, 在, 说). */
    private static boolean endsTheName(String text, int at, Token[] wordAt) {
        Token w = at < wordAt.length ? wordAt[at] : null;
        return w != null && AFTER_A_NAME.indexOf(text.charAt(at)) >= 0 && (function(w) || w.text().equals("说"));
    }

    /** A one-character function word: a conjunction, preposition, particle, adverb, pronoun (和, 于, 很, 其). */
    private static boolean function(Token w) {
        return w.text().length() == 1 && "cpudry".indexOf(w.tag().charAt(0)) >= 0;
    }

    private static boolean han(String text, int i) {
        return Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.HAN;
    }
}
