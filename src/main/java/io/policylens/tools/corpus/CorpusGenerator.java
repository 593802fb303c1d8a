package io.policylens.tools.corpus;

import io.policylens.text.HanLpRuntime;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;

/**
 * Writes realistic policy and news documents for benchmarks, from the project's own templates and word lists:
 * HTML in UTF-8, GBK and Big5, plain-text scrapes, PDF and DOCX; simplified and traditional; navigation, share
 * prompts, related-article lists and copyright lines around an indicator-rich article of about the asked length.
 * Deterministic: document {@code i} of seed {@code s} is the same whatever the count (PDF bytes aside, which
 * carry PDFBox's own ids). Files go in folders of 1,000. PDFs need a CJK font (fonts-wqy-microhei); without
 * one, their share goes to DOCX and the generator says so. Not thread-safe.
 */
public final class CorpusGenerator {

    /** What to write: how many documents, from which seed, and about how many characters of article each. */
    public record Options(int count, long seed, int articleChars) {
        public Options {
            if (count < 1 || articleChars < 200) {
                throw new IllegalArgumentException("count must be ≥ 1 and articleChars ≥ 200");
            }
        }
    }

    /** The kinds of file written, with their share of the corpus (per mille). */
    enum Kind {
        HTML_UTF8(350, "html"), HTML_GBK(150, "html"), HTML_BIG5(100, "html"), TEXT(200, "txt"), PDF(100, "pdf"),
        DOCX(100, "docx");

        final int share;
        final String ext;

        Kind(int share, String ext) {
            this.share = share;
            this.ext = ext;
        }
    }

    static final String FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";
    private static final String[][] REGIONS = {
        {"浙江省", "杭州市", "杭州", "0571"}, {"江苏省", "南京市", "南京", "025"}, {"广东省", "深圳市", "深圳", "0755"},
        {"四川省", "成都市", "成都", "028"}, {"湖北省", "武汉市", "武汉", "027"}, {"安徽省", "合肥市", "合肥", "0551"},
        {"山东省", "青岛市", "青岛", "0532"}, {"福建省", "厦门市", "厦门", "0592"}, {"湖南省", "长沙市", "长沙", "0731"},
        {"陕西省", "西安市", "西安", "029"}, {"河南省", "郑州市", "郑州", "0371"}, {"辽宁省", "沈阳市", "沈阳", "024"}};
    private static final String[] DEPARTMENTS = {"科学技术局", "发展和改革委员会", "工业和信息化局", "财政局", "商务局",
        "人力资源和社会保障局"};
    private static final String[] INSTITUTES = {"产业技术研究院", "先进制造研究院", "智能计算实验室", "科技创新服务中心"};
    private static final String[] FIELDS = {"集成电路", "生物医药", "人工智能", "新能源汽车", "高端装备", "新材料",
        "数字经济", "低空经济", "量子信息", "节能环保", "海洋经济", "现代农业"};
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙"};
    private static final String[] GIVEN = {"建国", "海燕", "志强", "文华", "晓明", "丽娟", "国栋", "春梅", "卫东", "秀英",
        "振华", "雪峰"};
    private static final String[] TITLES = {
        "{city}出台支持{field}产业高质量发展若干措施", "{city}发布{year}年{field}产业发展报告",
        "{city}{dept}部署{field}领域重点工作", "{province}{field}产业集群建设取得新进展",
        "{city}{field}专项资金项目申报工作启动", "{city}召开{field}产业推进大会"};
    private static final String[] SENTENCES = {
        "{year}年，{city}{dept}安排{field}产业专项资金{money}，支持{count}个重点项目建设。",
        "截至{month}月底，全市{field}企业达到{count}家，同比增长{pct}%。",
        "{person}表示，到{target}年，{city}{field}产业规模力争突破{bigmoney}。",
        "全市研究与试验发展经费投入强度达到{pct}%，比上年提高{pp}个百分点，居全省第{rank}位。",
        "{cityShort}{institute}与{cityShort}大学签署战略合作协议，共建{field}联合实验室。",
        "今年以来，{cityShort}高新区新增{field}领域高新技术企业{count}家，总投资约{money}。",
        "根据规划，到{target}年全市{field}产业营业收入达到{bigmoney}，培育领军企业{count}家。",
        "{dept2}负责人{person}介绍，{year}年全市技术合同成交额{money}，同比增长{pct}%。",
        "对新认定的国家级{field}创新平台，给予最高{money}的一次性奖励。",
        "{cityShort}全年实现{field}产业增加值{bigmoney}，占地区生产总值的比重超过{pct}%。",
        "会议要求各区县对照年度目标任务，加快项目落地，确保全年固定资产投资增长{pct}%以上。",
        "{cityShort}将实施{field}人才专项计划，每年引进高层次人才{count}名，安排经费{money}。",
        "据统计，{year}年{province}{field}产业规模居全国第{rank}位，约占全国的{ratio}。",
        "下一步，{city}将持续优化营商环境，推动{field}产业链上下游协同发展。",
        "{cityShort}{institute}今年承担国家和省级科研项目{count}项，获得授权发明专利{count}件。",
        "在{month}月举行的签约仪式上，{count}个{field}项目集中签约，协议投资额{bigmoney}。",
        "为破解企业融资难题，{dept2}联合多家银行设立{field}风险补偿资金池，规模{money}。",
        "{person}在调研时强调，要把{field}作为培育新质生产力的主攻方向，抓紧补齐关键环节短板。",
        "数据显示，前三季度{province}规模以上工业增加值同比增长{pct}%，增速比上半年加快{pp}个百分点。",
        "对首次认定的高新技术企业，{cityShort}给予{money}奖励，并在用地、用能等方面优先保障。",
        "{city}今年计划新建{field}公共服务平台{count}个，年底前全部投入运营。",
        "截至目前，{cityShort}已累计培育专精特新中小企业{count}家，其中国家级{count}家。",
        "该项目总投资{bigmoney}，分三期建设，全部建成后预计年产值可达{bigmoney}。",
        "{person}说，下一阶段将重点围绕研发、中试和产业化三个环节，完善全链条支持政策。",
        "{province}统计局发布的数据显示，{year}年全省居民人均可支配收入增长{pct}%。",
        "调查表明，约{ratio}的受访企业表示将在未来一年扩大研发投入。",
        "{cityShort}港口货物吞吐量达到{count}万吨，集装箱吞吐量同比增长{pct}%。",
        "会上还通报了{year}年度{field}领域创新券兑付情况，共兑付资金{money}，惠及企业{count}家。",
        "{cityShort}将用三年时间建设{count}个数字化车间和智能工厂，带动企业技术改造投资{bigmoney}。",
        "专家认为，{field}产业正处在规模化应用的关键期，需要在标准制定和应用场景开放上加快步伐。"};
    private static final String[] RELATED = {"{city}举办{field}创新创业大赛", "{province}召开科技工作会议",
        "{cityShort}新增一批省级重点实验室", "关于开展{year}年度科技计划项目申报的通知", "{field}产业链招商推介会成功举办"};

    private final io.policylens.tools.bench.HanLpConverter converter;
    private final boolean pdfFont;

    public CorpusGenerator(HanLpRuntime hanlp) {
        this.converter = new io.policylens.tools.bench.HanLpConverter(hanlp);
        this.pdfFont = Files.isReadable(Path.of(FONT));
    }

    public boolean writesPdf() {
        return pdfFont;
    }

    /** Writes the documents under {@code dir}; {@code progress} hears how many are done. */
    public List<Path> write(Path dir, Options options, IntConsumer progress) throws IOException {
        List<Path> out = new ArrayList<>(options.count());
        for (int i = 0; i < options.count(); i++) {
            SplittableRandom rnd = new SplittableRandom(options.seed() * 1_000_003L + i);
            Kind kind = kind(rnd.nextInt(1000));
            if (kind == Kind.PDF && !pdfFont) {
                kind = Kind.DOCX;
            }
            Article a = article(rnd, options.articleChars(), kind == Kind.HTML_BIG5 || (kind == Kind.HTML_UTF8
                && rnd.nextInt(10) == 0));
            Path folder = Files.createDirectories(dir.resolve(String.format("%03d", i / 1000)));
            Path file = folder.resolve(String.format("doc-%06d.%s", i, kind.ext));
            switch (kind) {
                case HTML_UTF8 -> Files.write(file, html(a, "utf-8").getBytes(StandardCharsets.UTF_8));
                case HTML_GBK -> Files.write(file, html(a, "gb2312").getBytes(Charset.forName("GB18030")));
                case HTML_BIG5 -> Files.write(file, html(a, "big5").getBytes(Charset.forName("Big5-HKSCS")));
                case TEXT -> Files.writeString(file, scrape(a), StandardCharsets.UTF_8);
                case PDF -> pdf(a, file);
                case DOCX -> docx(a, file);
                default -> throw new IllegalStateException();
            }
            out.add(file);
            progress.accept(i + 1);
        }
        return out;
    }

    private static Kind kind(int perMille) {
        int at = 0;
        for (Kind k : Kind.values()) {
            at += k.share;
            if (perMille < at) {
                return k;
            }
        }
        return Kind.HTML_UTF8;
    }

    /** One article: title, date, paragraphs, and the page furniture around it. */
    record Article(String title, String date, List<String> paragraphs, List<String> related, String site,
                   String phone) {
    }

    Article article(SplittableRandom rnd, int chars, boolean traditional) {
        String[] region = REGIONS[rnd.nextInt(REGIONS.length)];
        String field = pick(rnd, FIELDS);
        int year = 2022 + rnd.nextInt(4);
        String title = fill(pick(rnd, TITLES), rnd, region, field, year);
        // Each document draws on its own subset of the sentence patterns, as each real article has its own topic:
        // documents built from one shared pool would all look like near copies of each other.
        String[] own = new String[8];
        for (int k = 0; k < own.length; k++) {
            own[k] = pick(rnd, SENTENCES);
        }
        List<String> paragraphs = new ArrayList<>();
        int length = 0;
        while (length < chars) {
            StringBuilder p = new StringBuilder();
            int sentences = 2 + rnd.nextInt(3);
            for (int s = 0; s < sentences; s++) {
                p.append(fill(pick(rnd, own), rnd, region, field, year));
            }
            paragraphs.add(p.toString());
            length += p.length();
        }
        List<String> related = new ArrayList<>();
        for (int r = 0; r < 4; r++) {
            related.add(fill(pick(rnd, RELATED), rnd, region, pick(rnd, FIELDS), year));
        }
        String date = String.format("%d-%02d-%02d", year, 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
        String site = region[1] + DEPARTMENTS[0];
        if (traditional) {
            title = converter.toTraditional(title);
            paragraphs.replaceAll(converter::toTraditional);
            related.replaceAll(converter::toTraditional);
            site = converter.toTraditional(site);
        }
        return new Article(title, date, paragraphs, related, site, region[3] + "-" + (80000000 + rnd.nextInt(9999999)));
    }

    private static String fill(String template, SplittableRandom rnd, String[] region, String field, int year) {
        String out = template;
        while (true) {
            int open = out.indexOf('{');
            if (open < 0) {
                return out;
            }
            int close = out.indexOf('}', open);
            String slot = out.substring(open + 1, close);
            String value = switch (slot) {
                case "province" -> region[0];
                case "city" -> region[1];
                case "cityShort" -> region[2];
                case "field" -> field;
                case "year" -> Integer.toString(year);
                case "target" -> Integer.toString(year + 2 + rnd.nextInt(5));
                case "month" -> Integer.toString(1 + rnd.nextInt(12));
                case "dept" -> pick(rnd, DEPARTMENTS);
                case "dept2" -> region[1] + pick(rnd, DEPARTMENTS);
                case "institute" -> pick(rnd, INSTITUTES);
                case "person" -> pick(rnd, SURNAMES) + pick(rnd, GIVEN);
                case "count" -> count(rnd);
                case "pct" -> String.format("%.1f", 1 + rnd.nextDouble() * 30);
                case "pp" -> String.format("%.1f", 0.1 + rnd.nextDouble() * 2);
                case "rank" -> Integer.toString(1 + rnd.nextInt(10));
                case "ratio" -> pick(rnd, new String[] {"三成", "四分之一", "1/5", "近两成"});
                case "money" -> money(rnd, false);
                case "bigmoney" -> money(rnd, true);
                default -> throw new IllegalStateException("unknown slot " + slot);
            };
            out = out.substring(0, open) + value + out.substring(close + 1);
        }
    }

    /** Amounts in the forms policy text uses: 3.2亿元, 1,200万元, 五千万元, 两个亿. */
    private static String money(SplittableRandom rnd, boolean big) {
        return switch (rnd.nextInt(big ? 3 : 5)) {
            case 0 -> String.format("%.1f亿元", 1 + rnd.nextDouble() * (big ? 2000 : 50));
            case 1 -> big ? (1 + rnd.nextInt(9)) + "千亿元" : String.format("%,d万元", (1 + rnd.nextInt(90)) * 100);
            case 2 -> big ? "超" + (100 + rnd.nextInt(900)) + "亿元" : (1 + rnd.nextInt(9)) * 100 + "万元";
            case 3 -> pick(rnd, new String[] {"五千万元", "三千万元", "两个亿", "一亿元"});
            default -> "约" + (2 + rnd.nextInt(40)) + "亿元";
        };
    }

    private static String count(SplittableRandom rnd) {
        return switch (rnd.nextInt(4)) {
            case 0 -> Integer.toString(5 + rnd.nextInt(200));
            case 1 -> String.format("%,d", 1000 + rnd.nextInt(30000));
            case 2 -> (1 + rnd.nextInt(9)) + "." + rnd.nextInt(10) + "万";
            default -> (10 + rnd.nextInt(90)) + "余";
        };
    }

    private static String pick(SplittableRandom rnd, String[] from) {
        return from[rnd.nextInt(from.length)];
    }

    static String html(Article a, String charset) {
        StringBuilder sb = new StringBuilder(a.paragraphs().size() * 200 + 2000);
        sb.append("<!DOCTYPE html><html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=")
            .append(charset).append("\"><title>").append(a.title()).append("_").append(a.site()).append("</title></head>")
            .append("<body><div class=\"top\"><a href=\"/\">首页</a> | <a href=\"/xxgk/\">信息公开</a> | ")
            .append("<a href=\"/zwdt/\">政务动态</a> | <a href=\"/hdjl/\">互动交流</a></div>")
            .append("<div class=\"crumb\">当前位置：<a href=\"/\">首页</a> &gt; <a href=\"/zwdt/\">工作动态</a></div>")
            .append("<div class=\"article\"><h1>").append(a.title()).append("</h1><div class=\"info\">发布时间：")
            .append(a.date()).append(" 来源：").append(a.site()).append("</div><div class=\"content\">");
        for (String p : a.paragraphs()) {
            sb.append("<p>").append(p).append("</p>");
        }
        sb.append("</div><div class=\"share\">分享到：微信 微博 QQ空间</div></div><div class=\"related\"><h3>相关文章</h3><ul>");
        for (String r : a.related()) {
            sb.append("<li><a href=\"/zwdt/").append(Math.abs(r.hashCode())).append(".html\">").append(r).append("</a></li>");
        }
        sb.append("</ul></div><div class=\"footer\">版权所有：").append(a.site()).append(" 联系电话：").append(a.phone())
            .append(" 网站标识码3300000001 ICP备05012345号</div></body></html>");
        return sb.toString();
    }

    static String scrape(Article a) {
        StringBuilder sb = new StringBuilder();
        sb.append("首页 > 新闻中心 > 工作动态\n").append(a.title()).append("\n").append(a.date()).append("  来源：")
            .append(a.site()).append("  【字体：大 中 小】\n\n");
        for (String p : a.paragraphs()) {
            sb.append("　　").append(p).append("\n\n");
        }
        sb.append("【打印本页】【关闭窗口】\n相关阅读\n");
        for (String r : a.related()) {
            sb.append(r).append("\n");
        }
        sb.append("版权所有 ").append(a.site()).append("  联系电话：").append(a.phone()).append("\n");
        return sb.toString();
    }

    private static void docx(Article a, Path file) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream os = Files.newOutputStream(file)) {
            XWPFRun title = doc.createParagraph().createRun();
            title.setBold(true);
            title.setFontSize(16);
            title.setText(a.title());
            doc.createParagraph().createRun().setText(a.date());
            for (String p : a.paragraphs()) {
                doc.createParagraph().createRun().setText(p);
            }
            doc.write(os);
        }
    }

    private static void pdf(Article a, Path file) throws IOException {
        try (PDDocument doc = new PDDocument(); TrueTypeCollection ttc = new TrueTypeCollection(new File(FONT))) {
            PDType0Font font = PDType0Font.load(doc, ttc.getFontByName("WenQuanYiMicroHei"), true);
            float size = 11;
            float width = PDRectangle.A4.getWidth() - 100;
            List<String> lines = new ArrayList<>();
            lines.add(a.title());
            lines.add(a.date());
            for (String p : a.paragraphs()) {
                lines.addAll(wrap(p, font, size, width));
            }
            int perPage = 48;
            for (int from = 0; from < lines.size(); from += perPage) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, size);
                    cs.setLeading(size * 1.5f);
                    cs.newLineAtOffset(50, PDRectangle.A4.getHeight() - 60);
                    for (String line : lines.subList(from, Math.min(lines.size(), from + perPage))) {
                        cs.showText(line);
                        cs.newLine();
                    }
                    cs.endText();
                }
            }
            doc.save(file.toFile());
        }
    }

    private static List<String> wrap(String text, PDType0Font font, float size, float width) throws IOException {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            cur.append(text.charAt(i));
            if (font.getStringWidth(cur.toString()) / 1000 * size > width) {
                cur.setLength(cur.length() - 1);
                out.add(cur.toString());
                cur.setLength(0);
                cur.append(text.charAt(i));
            }
        }
        if (cur.length() > 0) {
            out.add(cur.toString());
        }
        return out;
    }
}
