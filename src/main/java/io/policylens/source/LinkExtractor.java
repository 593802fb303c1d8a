package io.policylens.source;

import crawlercommons.filters.basic.BasicURLNormalizer;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The links of an HTML page: {@code href}s of anchors (and of {@code <link rel=next>}), resolved against the page
 * or its {@code <base>}, fragments dropped, normalised by crawler-commons. Only what a crawl needs: a full HTML
 * parse belongs to extraction. Thread-safe.
 */
public final class LinkExtractor {

    private static final Pattern HREF = Pattern.compile(
        "<(?:a|link|area)\\b[^>]*?\\bhref\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))", Pattern.CASE_INSENSITIVE);
    private static final Pattern BASE = Pattern.compile(
        "<base\\b[^>]*?\\bhref\\s*=\\s*[\"']?([^\"'\\s>]+)", Pattern.CASE_INSENSITIVE);

    private final BasicURLNormalizer normalizer = new BasicURLNormalizer();

    /** @param charset the page's declared charset, or null (links are decoded as UTF-8 then) */
    public List<String> links(URI page, byte[] html, String charset) {
        String text = new String(html, charsetOr(charset));
        URI base = page;
        Matcher b = BASE.matcher(text);
        if (b.find()) {
            base = resolve(page, b.group(1));
        }
        Set<String> out = new LinkedHashSet<>();
        Matcher m = HREF.matcher(text);
        while (m.find()) {
            String href = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            String link = normalise(base, href.trim().replace("&amp;", "&"));
            if (link != null) {
                out.add(link);
            }
        }
        return List.copyOf(out);
    }

    /** A link made absolute and normal, or null when it is not an http(s) URL one could fetch. */
    public String normalise(URI base, String href) {
        String lower = href.toLowerCase(Locale.ROOT);
        if (href.isEmpty() || href.startsWith("#") || lower.startsWith("javascript:") || lower.startsWith("mailto:")
            || lower.startsWith("tel:") || lower.startsWith("data:")) {
            return null;
        }
        URI abs = base == null ? null : resolve(base, href);
        if (abs == null || !("http".equals(abs.getScheme()) || "https".equals(abs.getScheme())) || abs.getHost() == null) {
            return null;
        }
        String s = normalizer.filter(abs.toString());
        return s == null || s.isEmpty() ? null : s;
    }

    private static URI resolve(URI base, String href) {
        try {
            URI r = base.resolve(new URI(encode(href)));
            if (r.getScheme() == null || r.getRawAuthority() == null) {
                return null;
            }
            String path = r.getRawPath() == null || r.getRawPath().isEmpty() ? "/" : r.getRawPath();
            return new URI(r.getScheme().toLowerCase(Locale.ROOT) + "://" + r.getRawAuthority() + path
                + (r.getRawQuery() == null ? "" : "?" + r.getRawQuery())).normalize();
        } catch (Exception e) {
            return null;
        }
    }

    /** Percent-encodes what a URI may not hold literally (spaces, Chinese in paths), leaving the rest. */
    private static String encode(String href) {
        StringBuilder sb = new StringBuilder(href.length());
        for (byte x : href.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            if (c <= 0x20 || c >= 0x7f || c == '"' || c == '<' || c == '>' || c == '\\' || c == '^' || c == '`'
                || c == '{' || c == '|' || c == '}') {
                sb.append('%').append(String.format("%02X", c));
            } else {
                sb.append((char) c);
            }
        }
        return sb.toString();
    }

    private static Charset charsetOr(String name) {
        try {
            return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
        } catch (Exception e) {
            return StandardCharsets.UTF_8;
        }
    }
}
