package io.policylens.extract;

import io.policylens.text.HanChars;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps the article of a text read as lines — a plain-text scrape, or the region an HTML page's article was found
 * in. Finds the title line (unless the page's headline is known), then the body: lines before it starts are skipped
 * only when they are positively recognised as byline, date, source, credit, counter, share bar, crumb or caption;
 * lines that end an article (related lists, comments, copyright) stop it only once it has started, and a stop that
 * would leave nothing is not taken. Photo captions are dropped wherever they stand; from the end, contact and
 * advertising blocks, licence and copyright lines, source notes, bullet lists of headlines, editor lines and a
 * repeated title are cut; bylines fused into the first or last paragraph are cut off it. Thread-safe.
 */
public final class LineBasedMainContent {

    /** Lines after which nothing belongs to the article (once it has started). */
    private static final Pattern STOP = Pattern.compile(
        "^[【\\[]?(相关文章|相关阅读|相關文章|相關閱讀|相关新闻|相關新聞|相关链接|相關鏈接|相关推荐|相關推薦|猜你喜欢|猜你喜歡|"
            + "推荐阅读|推薦閱讀|延伸阅读|延伸閱讀|热门文章|熱門文章|热门推荐|熱門推薦|热门新闻|熱門新聞|热点新闻|为你推荐|为您推荐|"
            + "為你推薦|為您推薦|精彩推荐|精彩推薦|你可能会喜欢|你可能會喜歡|您可能感兴趣|你可能感兴趣|更多阅读|更多閱讀|更多精彩|"
            + "上一篇|下一篇|上一条|下一条|版权所有|版權所有|版权声明|版權聲明|免责声明|免責聲明|Copyright|©|"
            + "责任编辑|責任編輯|责编[:：]|責編[:：]|"
            + "写评论|寫評論|发表评论|發表評論|网友评论|網友評論|最新评论|最新評論|全部评论|全部評論|评论区|評論區|"
            + "\\d[\\d,]*\\s*条评论|\\d[\\d,]*\\s*條評論|文章导航|文章導航|推荐中|排行榜|点击排行|點擊排行|扫一扫|掃一掃)"
            + ".*", Pattern.CASE_INSENSITIVE);

    /** Lines that are never the article, wherever they stand. */
    private static final Pattern NOISE = Pattern.compile(
        "^(当前位置|當前位置|您的位置|您现在的位置|你的位置|所在位置|首页\\s*[>›»]|首頁\\s*[>›»]|网站首页|網站首頁|"
            + "关键词|關鍵詞|关键字|關鍵字|标签[:：]|標籤[:：]|tags?[:：]|来源[:：]|來源[:：]|出处[:：]|出處[:：]|稿源[:：]|"
            + "作者[:：]|编辑[:：]|編輯[:：]|责任编辑|責任編輯|责编[:：]|責編[:：]|审核[:：]|審核[:：]|校对[:：]|校對[:：]|"
            + "发布时间|發佈時間|發布時間|发布日期|發布日期|浏览次数|瀏覽次數|阅读次数|閱讀次數|点击数|點擊數|字号|字號|"
            + "【?字体[:：]|打印|列印|关闭窗口|關閉窗口|广告|廣告|ICP备|ICP備|主办单位|主辦單位|咨询电话|諮詢電話|联系电话|"
            + "聯絡電話|地址[:：]|电话[:：]|電話[:：]|原标题|原標題|原题为|原題為|分享到|分享至|收藏|举报|舉報|取消|确认|確認|"
            + "索\\s*引\\s*号|索引號|主题分类|主題分類|发文机关|發文機關|发布机构|發佈機構|成文日期|发文字号|發文字號|"
            + "有\\s*效\\s*性[:：]|时\\s*效\\s*性[:：]|"
            + "(.*\\s)?(摄|攝)$|.*\\|.*\\||(【[^】]{1,10}】\\s*)+$).*", Pattern.CASE_INSENSITIVE);

    /** A crumb trail: short names joined by ›, » or >, three or more (某某网 > 新闻 > 经济 > 正文). */
    private static final Pattern CRUMB = Pattern.compile(
        "^[^，。！？；>›»]{1,20}(\\s*(>>?|›|»|＞|→)\\s*[^，。！？；>›»]{1,20}){2,}\\s*(>>?|›|»|＞)?$");
    /** A number alone on its line: a counter's value before the text, a section numeral within it. */
    private static final Pattern BARE_NUMBER = Pattern.compile("^[\\d,.]{1,9}\\s*[万wWkK]?\\+?$");
    /** A site's own name on a line of its own: 某某新闻网, 重庆市人民政府网, 某某门户网站. */
    private static final Pattern SITE_NAME = Pattern.compile(
        "^[" + HanChars.CLASS + "A-Za-z0-9·]{2,16}(网|網|网站|網站|门户网站|門戶網站|频道|頻道|客户端|客戶端)$");
    /** A document's publication note: （此件公开发布）, （此件不公开）, （本件主动公开）. */
    private static final Pattern DISCLOSURE_NOTE = Pattern.compile("^[（(]\\s*(此件|本件|该件|該件)[^（）()]{1,12}[)）]$");
    /** A byline or credit line: who wrote, reported, photographed or edited, and nothing else. */
    private static final Pattern BYLINE = Pattern.compile(
        "^[（(【\\[]?\\s*(本报记者|本報記者|特约记者|特約記者|见习记者|見習記者|实习生|實習生|记者|記者|通讯员|通訊員|作者|"
            + "文/图|文／圖|文/|文／|图/|圖/|文图|撰文|采写|採寫|执笔|執筆|编辑|編輯|责编|責編|责任编辑|責任編輯|供稿|摄影|攝影|"
            + "来源|來源|出处|出處|信息来源|信息來源|稿件来源|整理|综合整理|原标题|原標題|转自|轉自|本文来源|本文來源)"
            + "[^，。！？；,;!?]{0,40}$");
    /** A line that is only a date, with a time or the words around it (发布时间, 来源 …). */
    private static final Pattern DATE_LINE = Pattern.compile(
        "^[^，。！？；]{0,30}((19|20)\\d{2}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}|\\d{1,2}\\s*[-/月]\\s*\\d{1,2}\\s*日?\\s+\\d{1,2}:\\d{2})"
            + "[^，。！？；]{0,60}$");
    /** Counters and widgets: 123人参与 45评论, 阅读 3573, 点赞, 在看. */
    private static final Pattern COUNTER = Pattern.compile(
        "^[^，。！？]{0,20}(\\d[\\d,万.]*\\s*(人参与|人參與|条评论|條評論|评论|評論|阅读|閱讀|浏览|瀏覽|次|赞|讚|人赞赏)|"
            + "(阅读|閱讀|浏览|瀏覽|点击|點擊|评论|評論|点赞|點讚|在看|人气|人氣)\\s*[（(:：]?\\s*\\d[\\d,万.]*\\s*[)）]?)"
            + "[^，。！？]{0,20}$|^(阅读|閱讀|在看|点赞|點讚|赞赏|讚賞|转发|轉發|关注|關注|评论|評論|收藏|举报|舉報)$");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[。！？!?；;”」…]$");
    /** Titles may ask (…哪里来？) or exclaim, but do not end like a statement. */
    private static final Pattern TITLE_END = Pattern.compile(".*[。；;，,：:]$");
    /** What spam tails say: contact handles, free offers, calls to click. */
    private static final Pattern SPAM = Pattern.compile(
        "加微信|加微|加V|加v|加QQ|免费领取|免費領取|点击进入|點擊進入|立即获取|立即獲取|[!！]{3}|>>>");
    /** A character every SPAM match holds: a cheap test before the pattern's alternatives. */
    private static final Pattern SPAM_MARKS = Pattern.compile("[加免点點立!！>]");
    /**
     * What lines of a tail a site adds under its articles hold: contact, advertising, licences, credits, notes.
     * Each word begins with two fixed characters, from which the prefilter is built: the pattern's alternatives run
     * only on lines that hold such a pair.
     */
    private static final List<String> TAIL_WORDS = List.of(
        "微信号", "微信號", "公众号", "公眾號", "订阅号", "訂閱號", "招商热线", "招商熱線", "服务热线", "服務熱線", "咨询热线",
        "諮詢熱線", "热线[:：]", "熱線[:：]", "联系电话", "聯繫電話", "聯絡電話", "客服电话", "客服電話", "举报电话", "舉報電話",
        "电话[:：]", "電話[:：]", "手机[:：]", "手機[:：]", "或微信", "加微信", "微信[:：]", "QQ[:：群]", "qq[:：群]", "邮箱[:：]",
        "郵箱[:：]", "E-mail[:：]", "Email[:：]", "e-mail[:：]", "email[:：]", "长按", "長按", "扫一扫", "掃一掃", "扫码", "掃碼", "二维码", "二維碼",
        "关注我们", "關注我們", "点击关注", "點擊關注", "许可证", "許可證", "ICP备", "ICP備", "ICP证", "版权所有", "版權所有",
        "技术支持", "技術支持", "备案号", "備案號", "网安备", "網安備", "资料来源", "資料來源", "原题为", "原題為", "原标题",
        "原標題", "信息来源", "信息來源", "综合整理自", "綜合整理自", "本文来源", "本文來源", "来源[:：]", "來源[:：]",
        "免责声明", "免責聲明", "版权声明", "版權聲明", "转载请注明", "轉載請註明", "未经授权", "未經授權", "责任编辑[:：/／]",
        "責任編輯[:：/／]", "编辑[:：/／]", "編輯[:：/／]", "责编", "責編", "审核[:：/／]", "審核[:：/／]", "校对[:：/／]",
        "校對[:：/／]", "監製", "监制", "统筹[:：]", "統籌[:：]", "摄影[:：/／]", "攝影[:：/／]", "供稿", "撰稿[:：/／]",
        "相关(资讯|資訊|报道|報道|内容|內容)", "相關(资讯|資訊|报道|報道|内容|內容)", "更多(资讯|資訊|报道|報道|内容|內容)",
        "请关注[:：]", "請關注[:：]");
    private static final Pattern TAIL_WORD = Pattern.compile(String.join("|", TAIL_WORDS));
    /** The words' first two characters (each word begins with two fixed ones), as {@code c1 << 16 | c2}. */
    private static final Set<Integer> TAIL_PAIRS = TAIL_WORDS.stream().map(w -> w.charAt(0) << 16 | w.charAt(1))
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final String TAIL_FIRST = TAIL_WORDS.stream().map(w -> w.substring(0, 1)).distinct()
        .collect(java.util.stream.Collectors.joining());
    /** A tail's lines of their own: （完）, END, a bulleted headline of a list of other articles. */
    private static final Pattern TAIL_LINE = Pattern.compile(
        "^[（(【\\[]?(完|END|end|全文完)[）)】\\]]?$|^[·•\\-－—●▪■◆]\\s*\\S");

    /** Whether a line is of a site's tail by its words. */
    static boolean isTailLine(String line) {
        if (TAIL_LINE.matcher(line).lookingAt()) {
            return true;
        }
        for (int i = 0; i + 1 < line.length(); i++) {
            char c = line.charAt(i);
            if (TAIL_FIRST.indexOf(c) >= 0 && TAIL_PAIRS.contains(c << 16 | line.charAt(i + 1))) {
                return TAIL_WORD.matcher(line).find(i);
            }
        }
        return false;
    }

    /** A link at the end of the last paragraph: 返回…首页>>, 【返回顶部】, 点击查看原文. */
    private static final Pattern TRAILING_LINK = Pattern.compile(
        "\\s*[【\\[]?(返回[^，。]{0,12}(首页|首頁|顶部|頂部|列表|上一页)|点击查看[^，。]{0,8}|查看原文|阅读原文|閱讀原文)[>》»】\\]]*\\s*$");
    /**
     * A credit fused to the end of a paragraph: …需要。(文/图 刘玺东 易赛楠). A reporter's name in brackets at the end
     * (（记者 张三）) is the article's own sign-off and stays.
     */
    private static final Pattern FUSED_TAIL_BYLINE = Pattern.compile(
        "\\s*[（(]\\s*(文/图|文／圖|文图|文圖|文/|文／|图/|圖/|文：|图：|编辑|編輯|供稿|来源|來源|摄影|攝影)[^（）()]{0,40}"
            + "[)）]\\s*$");
    /** A contact's phone number: 400 0123 021, 0571-88886666, 13391219793. */
    private static final Pattern PHONE = Pattern.compile(
        "(?<!\\d)(400[- ]?\\d{3,4}[- ]?\\d{3,4}|0\\d{2,3}-\\d{7,8}|1[3-9]\\d{9})(?!\\d)");
    /** A periodical's issue under a title (今日科技 2024年2期), or a post's author and age (admin9个月前). */
    private static final Pattern ISSUE_OR_AGE = Pattern.compile(
        "^\\S{0,16}\\s*((19|20)\\d{2}\\s*年\\s*第?\\s*\\d{1,3}\\s*期|\\d+\\s*(个月|個月|天|小时|小時|分钟|分鐘|年|周|週)前)"
            + "[^，。！？]{0,30}$");
    /** An issuing body's line under a title: names of bodies and nothing else (南京市统计局 南京市科学技术局). */
    static final Pattern ISSUER_LINE = Pattern.compile(
        "^([" + HanChars.CLASS + "（）()]{2,30}(局|厅|廳|委|委员会|委員會|政府|办公室|辦公室|办公厅|辦公廳|部|院|中心|协会|協會|学会|學會|"
            + "银行|銀行|公司|集团|集團|大学|大學|学院|學院|研究所|管委会|管委會|领导小组|領導小組|办|辦|处|處|署|联合会|聯合會)"
            + "[\\s、]*){1,4}$");
    /** A short line led by a bullet: an author's box (■ 杭州市科技局局长 楼秀华), a list of headlines. */
    private static final Pattern BULLETED = Pattern.compile("^[■●◆▲★※◎▶►▪]\\s*[^，。！？,]{1,30}$");
    /**
     * A dateline and byline fused to the start of the first paragraph: 本站讯（职工通讯员 李琴雯 刘会）为深入…,
     * 某某新闻网讯（记者 …）…; the outlet's 讯 goes with its byline.
     */
    private static final Pattern FUSED_HEAD_BYLINE = Pattern.compile(
        "^\\s*((本报|本報|本站|本网|本網)讯?|[" + HanChars.CLASS + "A-Za-z]{2,10}?[讯訊])?\\s*[（(]\\s*[^（）()，。]{0,8}(记者|記者|通讯员|通訊員|作者|"
            + "撰稿|撰文|文/|文：)[^（）()]{0,30}[)）]\\s*");
    private static final int LOW_CONTENT = 60;
    /** Longer than this, a line is too long for any furniture pattern but the leading labels (NOISE). */
    private static final int FURNITURE_LINE = 130;
    /** How many lines after the article's end are looked at for spam: a tail, not a whole page of links. */
    private static final int SPAM_LINES = 60;

    /** Splits the parser's text into lines and keeps the article; the title is looked for among the lines. */
    public MainText select(ParsedText parsed) {
        return select(parsed, null);
    }

    /**
     * Keeps the article of the parser's text.
     *
     * @param knownTitle the headline when the page showed it (found in the HTML), or null to look for it here
     */
    public MainText select(ParsedText parsed, String knownTitle) {
        List<String> lines = lines(parsed.text());
        int titleAt;
        String title;
        if (knownTitle != null && !knownTitle.isBlank()) {
            title = knownTitle.strip();
            titleAt = lineOf(lines, title);
        } else {
            titleAt = titleLine(lines, parsed.title());
            title = titleAt >= 0 ? lines.get(titleAt) : plausibleTitle(cleanTitle(parsed.title()));
        }
        int from = titleAt + 1;
        Body body = body(lines, from, title, true);
        boolean unsure = false;
        if (body.paragraphs().isEmpty() && body.stopAt() < lines.size()) {
            // An end rule that fired before the article began (a share bar above the text): not an end.
            body = body(lines, from, title, false);
            unsure = true;
        }
        List<String> paragraphs = withoutCopies(trimTail(body.paragraphs(), title));
        if (titleAt < 0 && title.isBlank()) {
            unsure = true; // no headline to start from
        }
        if (titleAt < 0 && knownTitle == null && paragraphs.isEmpty()) {
            // No title to start from: every line that is not page furniture (a page of nothing but furniture
            // has no article, and is rejected as such).
            lines.stream().filter(l -> !furniture(l) && !STOP.matcher(l).matches()).forEach(paragraphs::add);
            unsure = true;
        }
        // A date beside the title or the byline, before the text: not one in the text (an event's) or after it.
        LocalDate published = PublishedDateFinder.find(lines.subList(Math.max(0, titleAt),
            Math.min(lines.size(), Math.max(from, body.firstAt()))));
        if (published == null && !paragraphs.isEmpty()) {
            // Official documents date themselves at the end, under the issuing body's name.
            // Read from the bottom: the line above the signature may name another date (施行, 有效期).
            List<String> tail = new ArrayList<>(lines.subList(Math.max(0, body.lastAt() - 2),
                Math.min(lines.size(), body.lastAt() + 3)));
            java.util.Collections.reverse(tail);
            published = PublishedDateFinder.find(tail);
        }
        List<String> scope = lines.subList(Math.max(0, titleAt + 1), Math.min(lines.size(), body.stopAt()));
        Set<String> flags = flags(lines, paragraphs, body.stopAt());
        if (unsure) {
            flags.add("article_uncertain"); // indexed, but the article's bounds were guessed
        }
        return new MainText(title, published, paragraphs, flags, scope);
    }

    /** The body's lines, where the first and last were found, and where an end rule stopped it. */
    private record Body(List<String> paragraphs, int firstAt, int lastAt, int stopAt) {
    }

    private static Body body(List<String> lines, int from, String title, boolean stopRules) {
        List<String> body = new ArrayList<>();
        boolean started = false;
        int stopAt = lines.size();
        int firstAt = from;
        int lastAt = from;
        String squashedTitle = title == null ? "" : HtmlTitle.squash(title);
        for (int i = from; i < lines.size(); i++) {
            String line = lines.get(i);
            if (started && stopRules && STOP.matcher(line).matches()) {
                stopAt = i;
                break;
            }
            if (Captions.isCaption(line)) {
                // A credit (…供图, …摄) follows its caption: a short line just kept is that caption.
                if (!body.isEmpty() && Captions.isCredit(line) && body.get(body.size() - 1).length() <= 40
                    && lastAt == i - 1) {
                    body.remove(body.size() - 1);
                }
                continue;
            }
            if (furniture(line) || !started && (STOP.matcher(line).matches() || BARE_NUMBER.matcher(line).matches())) {
                continue; // a bare number before the text starts is a widget's count (views, comments, likes)
            }
            if (!squashedTitle.isEmpty() && line.length() >= squashedTitle.length()
                && line.length() <= 2 * squashedTitle.length() + 8 && HtmlTitle.squash(line).equals(squashedTitle)) {
                continue; // the headline repeated at the top of the text
            }
            if (!started) {
                started = true;
                firstAt = i;
                line = FUSED_HEAD_BYLINE.matcher(line).replaceFirst("");
                if (line.isBlank()) {
                    continue;
                }
            }
            body.add(line);
            lastAt = i;
        }
        return new Body(body, firstAt, lastAt, stopAt);
    }

    /** Page furniture by its own words: crumbs, labels, bylines, dates, counters. */
    static boolean furniture(String line) {
        if (line.length() > FURNITURE_LINE) {
            return NOISE.matcher(line).matches(); // only a line's leading label can make a long line furniture
        }
        // Cheap tests first: each pattern below runs only on lines that could match it.
        boolean digits = hasDigit(line); // what dates, counts and issues are written with
        char last = line.isEmpty() ? ' ' : line.charAt(line.length() - 1);
        return NOISE.matcher(line).matches() || hasCrumbSeparator(line) && CRUMB.matcher(line).matches()
            || SITE_ENDS.indexOf(last) >= 0 && SITE_NAME.matcher(line).matches()
            || DISCLOSURE_NOTE.matcher(line).matches() || isDocumentNumberLine(line)
            || digits && ISSUE_OR_AGE.matcher(line).matches() || BULLETED.matcher(line).matches()
            || line.length() <= 60 && !Character.isWhitespace(last) && ISSUER_LINE.matcher(line.strip()).matches()
            || BYLINE.matcher(line).matches() || line.length() <= 70 && COUNTER.matcher(line).matches()
            || digits && DATE_LINE.matcher(line).matches() && !SENTENCE_END.matcher(line).matches()
            && !Captions.isDocumentNote(line);
    }

    /** The last characters of a site's name (SITE_NAME). */
    private static final String SITE_ENDS = "网網站户戶道端";

    private static boolean hasCrumbSeparator(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '>' || c == '›' || c == '»' || c == '＞' || c == '→') {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDigit(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** A line that is only a document number (浙政办发〔2023〕5号), as it stands under a policy's title. */
    static boolean isDocumentNumberLine(String line) {
        if (line.length() > 30 || line.indexOf('号') < 0 && line.indexOf('號') < 0) {
            return false;
        }
        java.util.regex.Matcher m = io.policylens.text.DocumentNumbers.PATTERN.matcher(line);
        return m.find() && m.start() <= 1 && line.length() - m.end() <= 1;
    }

    /** Cuts, from the end, what sites add under an article; and bylines and links fused to the last line. */
    static List<String> trimTail(List<String> body, String title) {
        List<String> out = new ArrayList<>(body);
        String squashedTitle = title == null ? "" : HtmlTitle.squash(title);
        // A contact block at the end (微信号, a phone number, 长按扫码 … and a line of its own between them): its
        // short lines, from its first contact line on, when most of them are contact lines.
        int suffix = out.size();
        while (suffix > 0 && out.get(suffix - 1).length() < 100) {
            suffix--;
        }
        for (int i = suffix; i < out.size(); i++) {
            if (contact(out.get(i))) {
                long contacts = out.subList(i, out.size()).stream().filter(LineBasedMainContent::contact).count();
                if (contacts * 2 >= out.size() - i && i > 0) {
                    out.subList(i, out.size()).clear();
                }
                break;
            }
        }
        while (!out.isEmpty()) {
            String last = out.get(out.size() - 1);
            boolean tail = (isTailLine(last) || last.length() < 80 && hasDigit(last) && PHONE.matcher(last).find())
                && (last.length() < 120 || !SENTENCE_END.matcher(last).matches())
                || !squashedTitle.isEmpty() && HtmlTitle.squash(last).equals(squashedTitle)
                || !isParagraph(last) && last.length() < 12
                || endsInAnAttachmentList(out);
            if (!tail) {
                break;
            }
            out.remove(out.size() - 1);
        }
        if (!out.isEmpty()) {
            int k = out.size() - 1;
            String last = TRAILING_LINK.matcher(out.get(k)).replaceFirst("");
            last = FUSED_TAIL_BYLINE.matcher(last).replaceFirst("");
            if (last.isBlank()) {
                out.remove(k);
            } else {
                out.set(k, last);
            }
        }
        return out;
    }

    /** 附件：1．申报书 / 附件2: the line that opens a notice's list of attachments. */
    private static final Pattern ATTACHMENTS = Pattern.compile("^附件\\s*[0-9一二三四五六七八九十]*\\s*[:：．.]?");
    /** 2．项目推荐汇总表: an item of that list. */
    private static final Pattern ATTACHMENT_ITEM = Pattern.compile("^[0-9]{1,2}\\s*[.．、]\\s*\\S");

    /**
     * The lines end with a notice's list of attachments (附件：1．… then short numbered items): the names of the
     * files published beside it, not its text. An attachment printed in full ends in sentences and stays.
     */
    static boolean endsInAnAttachmentList(List<String> lines) {
        for (int j = lines.size() - 1; j >= 0 && j >= lines.size() - 12; j--) {
            String line = lines.get(j);
            if (line.length() > 80 || SENTENCE_END.matcher(line).matches()) {
                return false;
            }
            if (ATTACHMENTS.matcher(line).lookingAt()) {
                return true;
            }
            if (!ATTACHMENT_ITEM.matcher(line).lookingAt()) {
                return false;
            }
        }
        return false;
    }

    /** A run of this many lines, met again in the same order, is a second copy of the article. */
    private static final int COPY_LINES = 3;
    /** … and this many characters, or as many paragraphs: code lines and list items repeat, an article's copy is long. */
    private static final int COPY_CHARS = 300;

    /**
     * The body without second copies of itself: pages that serve one layout for desktops and one for phones
     * carry the article twice. A paragraph the article itself repeats (a figure restated, code lines) stays: only a
     * run of {@value #COPY_LINES} or more lines, in the same order as before, with {@value #COPY_CHARS} or more
     * characters or {@value #COPY_LINES} paragraphs of 40 or more, is a copy.
     */
    static List<String> withoutCopies(List<String> body) {
        if (body.size() < 2 * COPY_LINES || body.size() > 5000) {
            return body;
        }
        List<String> out = new ArrayList<>();
        java.util.Map<String, List<Integer>> seenAt = new java.util.HashMap<>(); // line → where it is in out
        int i = 0;
        while (i < body.size()) {
            int copy = 0; // the longest run from line i that the kept lines already hold, in order
            int copyChars = 0;
            int copyParagraphs = 0;
            for (int j : seenAt.getOrDefault(body.get(i), List.of())) {
                int n = 0;
                int chars = 0;
                int paragraphs = 0;
                while (j + n < out.size() && i + n < body.size() && out.get(j + n).equals(body.get(i + n))) {
                    chars += body.get(i + n).length();
                    paragraphs += body.get(i + n).length() >= 40 ? 1 : 0;
                    n++;
                }
                if (n > copy) {
                    copy = n;
                    copyChars = chars;
                    copyParagraphs = paragraphs;
                }
            }
            if (copy >= COPY_LINES && (copyChars >= COPY_CHARS || copyParagraphs >= COPY_LINES)) {
                i += copy;
            } else {
                seenAt.computeIfAbsent(body.get(i), k -> new ArrayList<>()).add(out.size());
                out.add(body.get(i++));
            }
        }
        return out;
    }

    private static boolean contact(String line) {
        return isTailLine(line) || hasDigit(line) && PHONE.matcher(line).find();
    }

    /** The article is under 30 % of the page's text: the page is mostly navigation, lists and ads. */
    static boolean isBoilerplateHeavy(long articleChars, long pageChars) {
        return pageChars > 0 && articleChars < 0.3 * pageChars;
    }

    private static Set<String> flags(List<String> lines, List<String> body, int stopAt) {
        Set<String> flags = new HashSet<>();
        long bodyChars = body.stream().mapToLong(String::length).sum();
        long pageChars = lines.stream().mapToLong(String::length).sum();
        if (bodyChars < LOW_CONTENT) {
            flags.add("low_content");
        }
        if (isBoilerplateHeavy(bodyChars, pageChars)) {
            flags.add("boilerplate_heavy");
        }
        // After the line that ended the article (a share prompt may name 微信 without being spam).
        for (int i = stopAt + 1; i < Math.min(lines.size(), stopAt + 1 + SPAM_LINES); i++) {
            String line = lines.get(i);
            if (SPAM_MARKS.matcher(line).find() && SPAM.matcher(line).find()) {
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

    /** Where the known headline stands among the first lines, or -1. */
    private static int lineOf(List<String> lines, String title) {
        String t = HtmlTitle.squash(title);
        for (int i = 0; i < Math.min(lines.size(), 30); i++) {
            if (HtmlTitle.squash(lines.get(i)).equals(t)) {
                return i;
            }
        }
        return -1;
    }

    /** The line that is the title: the one the declared title starts with, else the first heading-like line. */
    private static int titleLine(List<String> lines, String declared) {
        int scan = Math.min(lines.size(), 30);
        String clean = cleanTitle(declared);
        if (!clean.isEmpty()) {
            for (int i = 0; i < scan; i++) {
                String line = lines.get(i);
                if (line.length() >= 4 && (clean.equals(line) || clean.startsWith(line) && line.length() * 2 > clean.length()
                    || line.startsWith(clean))) {
                    return i;
                }
            }
        }
        for (int i = 0; i < scan; i++) {
            String line = lines.get(i);
            if (line.length() >= 6 && line.length() <= 80 && !furniture(line) && !Captions.isCaption(line)
                && !STOP.matcher(line).matches() && !TITLE_END.matcher(line).matches()
                && PublishedDateFinder.parseDate(line) == null) {
                return i;
            }
        }
        return -1;
    }

    private static String plausibleTitle(String t) {
        return HtmlTitle.plausible(t) ? t : "";
    }

    /** A declared title often ends with the site's name: "标题_某某网" or "标题 - 某某网". */
    static String cleanTitle(String declared) {
        return HtmlTitle.mainPart(declared);
    }

    /** Strips a bracketed byline fused to the start of a paragraph, as the first line of a body gets it. */
    static String withoutHeadByline(String line) {
        Matcher m = FUSED_HEAD_BYLINE.matcher(line);
        return m.lookingAt() ? line.substring(m.end()) : line;
    }
}
