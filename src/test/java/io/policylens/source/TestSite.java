package io.policylens.source;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small news site on loopback for crawl tests: a paginated news list, articles in UTF-8, GBK and Big5, a
 * robots.txt that disallows /private/, a 404, a 500, a slow page, a redirect loop, one article under two URLs, an
 * RSS feed, a sitemap, and an article that changes when asked. Articles answer conditional GETs (ETag and
 * Last-Modified); every request is counted.
 */
public final class TestSite implements AutoCloseable {

    static final String BASE_PARAGRAPHS = "<p>%s</p><p>%s</p><p>%s</p>";

    private final HttpServer server;
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> conditional = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> notModified = new ConcurrentHashMap<>();
    private volatile int changingVersion = 1;
    private volatile int slowMillis = 3000;

    public TestSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", this::handle);
        server.start();
    }

    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String url(String path) {
        return base() + path;
    }

    public int requests(String path) {
        return requests.getOrDefault(path, new AtomicInteger()).get();
    }

    public int conditionalRequests(String path) {
        return conditional.getOrDefault(path, new AtomicInteger()).get();
    }

    public int notModified(String path) {
        return notModified.getOrDefault(path, new AtomicInteger()).get();
    }

    public int totalRequests() {
        return requests.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    /** The next fetches of /news/changing.html see a new version of the article. */
    public void changeArticle() {
        changingVersion++;
    }

    public void setSlowMillis(int ms) {
        slowMillis = ms;
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getRawPath() + (ex.getRequestURI().getRawQuery() == null ? ""
            : "?" + ex.getRequestURI().getRawQuery());
        requests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        try (ex) {
            switch (path) {
                case "/robots.txt" -> send(ex, 200, "text/plain", "User-agent: *\nDisallow: /private/\n"
                    .getBytes(StandardCharsets.US_ASCII), null);
                case "/news/index.html" -> send(ex, 200, "text/html; charset=utf-8", listing("新闻动态", List.of(
                    "/news/2026/innovation-fund.html", "/news/2026/gbk-district.html", "/news/2026/big5-taipei.html",
                    "/private/internal.html", "/news/2026/missing.html", "/news/2026/broken.html",
                    "/news/2026/slow.html", "/news/2026/loop.html", "/mirror/innovation-fund.html",
                    "/news/index.html?page=2"), StandardCharsets.UTF_8), null);
                case "/news/index.html?page=2" -> send(ex, 200, "text/html; charset=utf-8", listing("新闻动态 第2页",
                    List.of("/news/2026/changing.html", "/news/index.html"), StandardCharsets.UTF_8), null);
                case "/news/2026/innovation-fund.html", "/mirror/innovation-fund.html" ->
                    article(ex, path, "省科技厅下达创新专项资金", ARTICLE_FUND, StandardCharsets.UTF_8, "utf-8");
                case "/news/2026/gbk-district.html" ->
                    article(ex, path, "朱镕基路片区推进产业升级", ARTICLE_GBK, Charset.forName("GBK"), "GBK");
                case "/news/2026/big5-taipei.html" ->
                    article(ex, path, "臺北市推動智慧城市建設", ARTICLE_BIG5, Charset.forName("Big5"), "Big5");
                case "/news/2026/changing.html" -> article(ex, path, "高新区发布年度统计公报",
                    changingVersion == 1 ? ARTICLE_CHANGING_1 : ARTICLE_CHANGING_2, StandardCharsets.UTF_8, "utf-8");
                case "/private/internal.html" -> article(ex, path, "内部通知", ARTICLE_FUND, StandardCharsets.UTF_8,
                    "utf-8");
                // A list whose one item is a photo with a caption: a page, not a document.
                case "/notes/index.html" -> send(ex, 200, "text/html; charset=utf-8", listing("通知公告",
                    List.of("/notes/2026/photo.html"), StandardCharsets.UTF_8), null);
                case "/notes/2026/photo.html" -> send(ex, 200, "text/html; charset=utf-8", ("<html><head><title>图片新闻"
                    + "</title></head><body><img src=\"/notes/2026/photo.jpg\"><p>图为会场</p></body></html>")
                    .getBytes(StandardCharsets.UTF_8), null);
                case "/news/2026/broken.html" -> send(ex, 500, "text/plain", "boom".getBytes(StandardCharsets.UTF_8), null);
                case "/news/2026/slow.html" -> {
                    sleep(slowMillis);
                    article(ex, path, "迟到的新闻", ARTICLE_FUND, StandardCharsets.UTF_8, "utf-8");
                }
                case "/news/2026/loop.html" -> redirect(ex, "/news/2026/loop-back.html");
                case "/news/2026/loop-back.html" -> redirect(ex, "/news/2026/loop.html");
                case "/bulk/index.html" -> {
                    List<String> links = new java.util.ArrayList<>();
                    for (int i = 1; i <= BULK_ARTICLES; i++) {
                        links.add("/bulk/" + i + ".html");
                    }
                    send(ex, 200, "text/html; charset=utf-8", listing("通知公告", links, StandardCharsets.UTF_8), null);
                }
                case "/stream/endless" -> endless(ex, 0);
                case "/stream/drip" -> endless(ex, 200);
                case "/feed.xml" -> send(ex, 200, "application/rss+xml; charset=utf-8", rss(), null);
                case "/sitemap.xml" -> send(ex, 200, "application/xml", sitemap(), null);
                case "/feed/solar-subsidy.html" ->
                    article(ex, path, "光伏发电补贴政策延续", ARTICLE_FEED, StandardCharsets.UTF_8, "utf-8");
                case "/sitemap/water-plan.html" ->
                    article(ex, path, "水资源保护三年行动计划", ARTICLE_SITEMAP, StandardCharsets.UTF_8, "utf-8");
                default -> {
                    java.util.regex.Matcher bulk = java.util.regex.Pattern.compile("/bulk/(\\d+)\\.html").matcher(path);
                    if (bulk.matches() && Integer.parseInt(bulk.group(1)) <= BULK_ARTICLES) {
                        int n = Integer.parseInt(bulk.group(1));
                        article(ex, path, "第" + n + "号通知", bulkArticle(n), StandardCharsets.UTF_8, "utf-8");
                    } else {
                        send(ex, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8), null);
                    }
                }
            }
        }
    }

    /** Articles under /bulk/, listed by /bulk/index.html: enough for a crawl to be stopped half-way. */
    public static final int BULK_ARTICLES = 40;

    /** Article n of /bulk/: three paragraphs of its own (seeded by n), so that no two are near copies. */
    static String[] bulkArticle(int n) {
        String pool = "科技创新发展产业项目资金支持企业人才服务建设推动实施培育研究技术政策改革市场数字经济绿色能源"
            + "交通医疗教育农业制造生态文化旅游金融开放合作安全治理城市乡村港口园区平台标准质量品牌";
        java.util.Random r = new java.util.Random(n * 7919L);
        String[] out = new String[3];
        for (int p = 0; p < 3; p++) {
            StringBuilder sb = new StringBuilder();
            for (int s = 0; s < 4; s++) {
                for (int c = 0; c < 18; c++) {
                    sb.append(pool.charAt(r.nextInt(pool.length())));
                }
                sb.append(s == 3 ? "。" : "，");
            }
            out[p] = sb.toString();
        }
        return out;
    }

    private void article(HttpExchange ex, String path, String title, String[] paragraphs, Charset cs, String label)
        throws IOException {
        String html = "<!DOCTYPE html><html><head><meta charset=\"" + label + "\"><title>" + title + "_新闻中心</title>"
            + "</head><body><div class=\"nav\"><a href=\"/news/index.html\">首页</a> &gt; <a href=\"/news/index.html\">"
            + "新闻动态</a></div><div class=\"article\"><h1>" + title + "</h1><div class=\"info\">发布时间：2026-03-18"
            + "</div>" + String.format(BASE_PARAGRAPHS, (Object[]) paragraphs) + "</div><div class=\"footer\">"
            + "版权所有 测试网站 联系电话：0571-88886666</div></body></html>";
        byte[] body = html.getBytes(cs);
        String etag = "\"" + Integer.toHexString(java.util.Arrays.hashCode(body)) + "\"";
        String inm = ex.getRequestHeaders().getFirst("If-None-Match");
        if (inm != null || ex.getRequestHeaders().getFirst("If-Modified-Since") != null) {
            conditional.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        }
        if (etag.equals(inm)) {
            notModified.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            ex.getResponseHeaders().set("ETag", etag);
            ex.sendResponseHeaders(304, -1);
            return;
        }
        send(ex, 200, "text/html; charset=" + label, body, etag);
    }

    private static byte[] listing(String title, List<String> links, Charset cs) {
        StringBuilder sb = new StringBuilder("<html><head><title>" + title + "</title></head><body><ul>");
        for (String l : links) {
            sb.append("<li><a href=\"").append(l.replace("&", "&amp;")).append("\">").append(l).append("</a></li>");
        }
        return sb.append("</ul></body></html>").toString().getBytes(cs);
    }

    private byte[] rss() {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>新闻</title>"
            + "<link>" + base() + "/</link><description>d</description><item><title>光伏</title><link>" + base()
            + "/feed/solar-subsidy.html</link></item></channel></rss>").getBytes(StandardCharsets.UTF_8);
    }

    private byte[] sitemap() {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
            + "<url><loc>" + base() + "/sitemap/water-plan.html</loc></url></urlset>").getBytes(StandardCharsets.UTF_8);
    }

    /** A body that never ends (chunked), fast or a kilobyte every {@code pauseMillis}: until the client hangs up. */
    private static void endless(HttpExchange ex, int pauseMillis) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        ex.sendResponseHeaders(200, 0);
        byte[] chunk = "<p>无穷无尽的内容</p>".repeat(50).getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = ex.getResponseBody()) {
            while (true) {
                out.write(chunk);
                out.flush();
                if (pauseMillis > 0) {
                    sleep(pauseMillis);
                }
            }
        } catch (IOException hungUp) {
            // the client stopped reading: what it should do
        }
    }

    private static void redirect(HttpExchange ex, String to) throws IOException {
        ex.getResponseHeaders().set("Location", to);
        ex.sendResponseHeaders(302, -1);
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body, String etag) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        if (etag != null) {
            ex.getResponseHeaders().set("ETag", etag);
        }
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    private static void sleep(int ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    static final String[] ARTICLE_FUND = {
        "近日，省科技厅下达2026年度科技创新专项资金3.2亿元，重点支持集成电路、生物医药和新材料等领域的关键核心技术攻关。",
        "根据安排，专项资金将分两批拨付，其中首批资金1.5亿元已于本月拨付到位，覆盖全省86家高新技术企业和12所高校。",
        "省科技厅有关负责人表示，到2027年全省研发经费投入强度力争达到3.3%，高新技术企业数量突破4万家。"};
    static final String[] ARTICLE_GBK = {
        "朱镕基路片区管委会日前召开产业升级推进会，王堃主任通报了上半年片区经济运行情况。",
        "上半年片区规模以上工业增加值同比增长8.6%，新引进项目27个，总投资约46亿元，其中亿元以上项目9个。",
        "会议要求各部门对照年度目标，加快项目落地，确保全年固定资产投资增长10%以上，张喆副主任作了具体部署。"};
    static final String[] ARTICLE_BIG5 = {
        "臺北市政府近日公佈智慧城市建設計畫，預計四年內投入新臺幣120億元，推動交通、醫療與教育領域的數位轉型。",
        "市府表示，將在全市設置超過3000個智慧路燈與環境感測器，並擴大公共無線網路的覆蓋範圍。",
        "計畫目標為到2029年市民數位服務使用率提高到85%，並培育200家本地科技新創企業。"};
    static final String[] ARTICLE_CHANGING_1 = {
        "高新区统计局发布年度统计公报，全区实现地区生产总值1280亿元，比上年增长6.8%。",
        "全年新增市场主体1.9万户，其中科技型中小企业2300家，技术合同成交额达到85亿元。",
        "公报显示，全区研发投入占地区生产总值比重为4.1%，居全省第二位。"};
    static final String[] ARTICLE_CHANGING_2 = {
        "高新区统计局发布年度统计公报（修订版），全区实现地区生产总值1296亿元，比上年增长7.1%。",
        "全年新增市场主体2.1万户，其中科技型中小企业2450家，技术合同成交额达到91亿元。",
        "修订后的数据显示，全区研发投入占地区生产总值比重为4.3%，继续保持全省前列，居全省第一位。"};
    static final String[] ARTICLE_FEED = {
        "国家能源局近日明确，分布式光伏发电补贴政策将延续至2027年底，户用光伏项目每千瓦时补贴0.03元。",
        "截至去年底，全国分布式光伏累计装机容量超过2.5亿千瓦，同比增长约40%。",
        "业内人士认为，政策延续将稳定市场预期，带动相关产业链投资超过千亿元。"};
    static final String[] ARTICLE_SITEMAP = {
        "市水利局印发水资源保护三年行动计划，提出到2028年重点河湖水质优良比例达到95%以上。",
        "计划安排水环境治理项目64个，总投资约38亿元，新建和改造污水管网420公里。",
        "市水利局将会同生态环境部门建立月度通报制度，对进度滞后的区县进行督办。"};
}
