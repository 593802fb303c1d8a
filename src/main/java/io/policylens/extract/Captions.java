package io.policylens.extract;

import java.util.regex.Pattern;

/**
 * Photo captions and credits, in simplified and traditional writing: 图为…, …摄, …供图, …效果图, …截图, 资料图, 图片来源…,
 * …（资料图片）,
 * a short line wholly in brackets, a short line ending in 图. A caption is no article text, though it may look like a
 * sentence. Thread-safe.
 */
public final class Captions {

    private static final Pattern LEADS = Pattern.compile(
        "^[（(【\\[]?(图为|圖為|图片为|圖片為|上图|下图|左图|右图|上圖|下圖|左圖|右圖|图：|圖：|图:|图/|圖/|资料图|資料圖|"
            + "图片来源|圖片來源|图源|圖源|图片来自|圖片來自|摄影：|攝影：|摄影:|摄影/|攝影/|图文：|图文/|视频截图)");
    private static final Pattern ENDS = Pattern.compile(
        "((供图|供圖|效果图|效果圖|示意图|示意圖|截图|截圖|资料图|資料圖|图片来自网络|圖片來自網絡)[。.]?|(摄|攝|摄影|攝影))"
            + "[）)】\\]]?$");
    /** A picture's source in brackets closing a line: （资料图片）, （新华社记者 李四 摄）, （政府新闻处图片）. */
    private static final Pattern BRACKETED_SOURCE = Pattern.compile(
        "[（(【\\[][^（()）【】\\[\\]]{0,16}(图片|圖片|照片|供图|供圖|摄|攝|截图|截圖)[）)】\\]]$");
    private static final Pattern BRACKETED = Pattern.compile("^[（(【\\[][^（()）【】\\[\\]]{2,40}[）)】\\]]$");
    /** A photo credit: who took or gave the picture (记者 张三 摄, 杭州市科技局供图). */
    public static boolean isCredit(String line) {
        String t = line.strip();
        return t.length() <= 40 && ENDS.matcher(t).find();
    }

    /** A document's own note in brackets: （2007年6月29日…会议通过）, （自2024年起施行）, （征求意见稿）. */
    private static final Pattern DOCUMENT_NOTE = Pattern.compile("通过|通過|施行|实施|實施|发布|發布|印发|印發|修订|修訂|"
        + "修正|征求意见|徵求意見|试行|試行|草案|第[一二三四五六七八九十百零〇\\d]+[号號条條章]");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[。！？!?…”」]$");

    private Captions() {
    }

    /** A line that is a caption or credit by its own words, wherever it stands. */
    public static boolean isCaption(String line) {
        String t = line.strip();
        if (t.length() > 80) {
            return false;
        }
        String end = t.substring(Math.max(0, t.length() - 24)); // what a line ends with is all ENDS can match
        return LEADS.matcher(t).lookingAt() || ENDS.matcher(end).find() || BRACKETED_SOURCE.matcher(end).find()
            || BRACKETED.matcher(t).matches() && PublishedDateFinder.parseDate(t) == null && !DOCUMENT_NOTE.matcher(t).find()
            || t.length() <= 20 && (t.endsWith("图") || t.endsWith("圖")) && !SENTENCE_END.matcher(t).matches();
    }

    /** A document's own note (（2007年6月29日…会议通过）, （自…起施行）): text, never furniture. */
    public static boolean isDocumentNote(String line) {
        return line.length() <= 80 && DOCUMENT_NOTE.matcher(line).find();
    }

    /**
     * A line right after a picture that reads as its caption: a very short phrase (冰洞。, 搜救现场。), or a short one
     * without a sentence's end or a clause break (大会主会场). A line that leads into what follows (…特点：) is not.
     */
    public static boolean looksLikeCaption(String line) {
        return looksLikeCaption(line, false);
    }

    /**
     * @param besidePicture the line shares its box with the picture (an {@code <img>}, a {@code <br>}, the caption):
     *                      then a phrase with commas, without a sentence's end, is a caption too
     */
    public static boolean looksLikeCaption(String line, boolean besidePicture) {
        String t = line.strip();
        int chars = HtmlBlocks.nonSpace(t);
        if (isCaption(t)) {
            return true;
        }
        if (t.endsWith("：") || t.endsWith(":")) {
            return false;
        }
        if (besidePicture && chars <= 60 && !SENTENCE_END.matcher(t).matches()) {
            return true;
        }
        return chars <= 10 || chars <= 40 && !SENTENCE_END.matcher(t).matches() && t.indexOf('，') < 0
            && t.indexOf(',') < 0;
    }
}
