package io.policylens.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Keeps the article of a page read as lines: finds the title line, starts the body at the first paragraph after
 * it and ends it where lists of other articles, copyright notes and the like begin. Thread-safe.
 */
public final class LineBasedMainContent {

    /** Lines after which nothing belongs to the article. */
    private static final Pattern STOP = Pattern.compile(
        "^(相关文章|相关阅读|相關文章|相關閱讀|相关新闻|相關新聞|猜你喜欢|猜你喜歡|推荐阅读|推薦閱讀|延伸阅读|延伸閱讀|热门文章|熱門文章|"
            + "上一篇|下一篇|责任编辑|責任編輯|版权所有|版權所有|版权声明|版權聲明|Copyright|©|扫一扫|掃一掃|分享到).*",
        Pattern.CASE_INSENSITIVE);

    /** Lines that are never the article, wherever they stand. */
    private static final Pattern NOISE = Pattern.compile(
        "^(当前位置|當前位置|您的位置|首页\\s*[>›]|首頁\\s*[>›]|关键词|關鍵詞|关键字|關鍵字|来源[:：]|來源[:：]|"
            + "作者[:：]|编辑[:：]|編輯[:：]|发布时间|發佈時間|發布時間|浏览次数|瀏覽次數|字号|字號|打印|列印|"
            + "广告|廣告|ICP备|ICP備|主办单位|主辦單位|咨询电话|諮詢電話|联系电话|聯絡電話|地址[:：]|电话[:：]|電話[:：]|"
            + "(.*\\s)?(摄|攝)$|.*\\|.*\\||(【[^】]{1,10}】\\s*)+$).*");

    private static final Pattern SENTENCE_END = Pattern.compile(".*[。！？!?；;”」…]$");
    /** Titles may ask (…哪里来？) or exclaim, but do not end like a statement. */
    private static final Pattern TITLE_END = Pattern.compile(".*[。；;，,：:]$");
    /** What spam tails say: contact handles, free offers, calls to click. */
    private static final Pattern SPAM = Pattern.compile(
        "加微信|加微|加V|加v|加QQ|免费领取|免費領取|点击进入|點擊進入|立即获取|立即獲取|[!！]{3}|>>>");
    private static final int LOW_CONTENT = 60;

    /** Splits the parser's text into lines and keeps the article. */
    public MainText select(ParsedText parsed) {
        List<String> lines = lines(parsed.text());
        int titleAt = titleLine(lines, parsed.title());
        String title = titleAt >= 0 ? lines.get(titleAt) : cleanTitle(parsed.title());
        int from = titleAt + 1;
        List<String> head = lines.subList(Math.max(0, titleAt), Math.min(lines.size(), from + 4));
        List<String> body = new ArrayList<>();
        boolean started = false;
        int stopAt = lines.size();
        for (int i = from; i < lines.size(); i++) {
            String line = lines.get(i);
            if (STOP.matcher(line).matches()) {
                stopAt = i;
                break;
            }
            if (NOISE.matcher(line).matches()) {
                continue;
            }
            if (!started) {
                // Bylines, dates and datelines between title and text are not the article.
                if (!isParagraph(line)) {
                    continue;
                }
                started = true;
            }
            body.add(line);
        }
        // Trailing short lines (signatures, "(完)", share prompts) are not the article either.
        while (!body.isEmpty() && !isParagraph(body.get(body.size() - 1)) && body.get(body.size() - 1).length() < 12) {
            body.remove(body.size() - 1);
        }
        if (titleAt < 0 && body.isEmpty()) {
            // No title to start from: every line that is not page furniture (a page of nothing but furniture
            // has no article, and is rejected as such).
            lines.stream().filter(l -> !NOISE.matcher(l).matches() && !STOP.matcher(l).matches()).forEach(body::add);
        }
        LocalDate published = PublishedDateFinder.find(head);
        if (published == null && !body.isEmpty()) {
            // Official documents date themselves at the end, under the issuing body's name.
            // Read from the bottom: the line above the signature may name another date (施行, 有效期).
            List<String> tail = new ArrayList<>(lines.subList(Math.max(0, lines.size() - 3), lines.size()));
            java.util.Collections.reverse(tail);
            published = PublishedDateFinder.find(tail);
        }
        return new MainText(title, published, body, flags(lines, body, stopAt));
    }

    /** The article is under 30 % of the page's text: the page is mostly navigation, lists and ads. */
    static boolean isBoilerplateHeavy(long articleChars, long pageChars) {
        return pageChars > 0 && articleChars < 0.3 * pageChars;
    }

    private static java.util.Set<String> flags(List<String> lines, List<String> body, int stopAt) {
        java.util.Set<String> flags = new java.util.HashSet<>();
        long bodyChars = body.stream().mapToLong(String::length).sum();
        long pageChars = lines.stream().mapToLong(String::length).sum();
        if (bodyChars < LOW_CONTENT) {
            flags.add("low_content");
        }
        if (isBoilerplateHeavy(bodyChars, pageChars)) {
            flags.add("boilerplate_heavy");
        }
        // After the line that ended the article (a share prompt may name 微信 without being spam).
        for (int i = stopAt + 1; i < lines.size(); i++) {
            if (SPAM.matcher(lines.get(i)).find()) {
                flags.add("spam_tail");
                break;
            }
        }
        return flags;
    }

    static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        for (String raw : text.split("\\R")) {
            String line = raw.replace('\u00a0', ' ').replace('\u3000', ' ').strip();
            if (!line.isEmpty()) {
                out.add(line.replaceAll("[ \\t]{2,}", " "));
            }
        }
        return out;
    }

    private static boolean isParagraph(String line) {
        return line.length() >= 40 || (line.length() >= 8 && SENTENCE_END.matcher(line).matches());
    }

    /** The line that is the title: the one the declared title starts with, else the first heading-like line. */
    private static int titleLine(List<String> lines, String declared) {
        int scan = Math.min(lines.size(), 30);
        String clean = cleanTitle(declared);
        if (!clean.isEmpty()) {
            for (int i = 0; i < scan; i++) {
                String line = lines.get(i);
                if (line.length() >= 4 && (clean.equals(line) || clean.startsWith(line) || line.startsWith(clean))) {
                    return i;
                }
            }
        }
        for (int i = 0; i < scan; i++) {
            String line = lines.get(i);
            if (line.length() >= 6 && line.length() <= 80 && !NOISE.matcher(line).matches()
                && !STOP.matcher(line).matches() && !TITLE_END.matcher(line).matches()
                && PublishedDateFinder.parseDate(line) == null) {
                return i;
            }
        }
        return -1;
    }

    /** A declared title often ends with the site's name: "标题_某某网" or "标题 - 某某网". */
    static String cleanTitle(String declared) {
        if (declared == null) {
            return "";
        }
        String[] parts = declared.strip().split("\\s*(_|\\||｜| - | — |——)\\s*");
        return parts.length == 0 ? "" : parts[0].strip();
    }
}
