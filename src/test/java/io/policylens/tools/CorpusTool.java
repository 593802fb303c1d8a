package io.policylens.tools;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;
import io.policylens.text.HanLpRuntime;
import io.policylens.text.HanLpSettings;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes the corpus documents that are not written by hand, from the texts in {@code corpus/.sources}:
 * the pinyin-annotated page, the PDF and the DOCX. Run it after editing a source:
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=io.policylens.tools.CorpusTool -Dexec.args=corpus}
 */
public final class CorpusTool {

    private static final String FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args.length > 0 ? args[0] : "corpus");
        Path sources = corpus.resolve(".sources");
        HanLpRuntime.configure(HanLpSettings.defaults());
        Files.writeString(corpus.resolve("suzhou-pinyin-annotated.txt"),
            annotate(Files.readString(sources.resolve("suzhou-pinyin-annotated.txt"))), StandardCharsets.UTF_8);
        pdf(Files.readAllLines(sources.resolve("nanjing-rd-bulletin.txt")), corpus.resolve("nanjing-rd-bulletin.pdf"));
        docx(Files.readAllLines(sources.resolve("chengdu-talent-measures.txt")),
            corpus.resolve("chengdu-talent-measures.docx"));
    }

    /** Every traditional character that differs from its simplified form gets its pinyin: 創新 → 創(chuàng)新. */
    static String annotate(String traditional) {
        String simplified = HanLP.convertToSimplifiedChinese(traditional);
        if (simplified.length() != traditional.length()) {
            throw new IllegalStateException("conversion changed the length; annotate line by line");
        }
        List<Pinyin> pinyin = HanLP.convertToPinyinList(simplified);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < traditional.length(); i++) {
            char c = traditional.charAt(i);
            out.append(c);
            if (c != simplified.charAt(i) && pinyin.get(i) != Pinyin.none5) {
                out.append('(').append(pinyin.get(i).getPinyinWithToneMark()).append(')');
            }
        }
        return out.toString();
    }

    static void pdf(List<String> lines, Path out) throws IOException {
        try (PDDocument doc = new PDDocument();
             TrueTypeCollection ttc = new TrueTypeCollection(new File(FONT))) {
            PDType0Font font = PDType0Font.load(doc, ttc.getFontByName("WenQuanYiMicroHei"), true);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(lines.get(0));
            info.setCreator("PolicyLens CorpusTool");
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            float margin = 60;
            float width = PDRectangle.A4.getWidth() - 2 * margin;
            float y = PDRectangle.A4.getHeight() - margin;
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                for (int n = 0; n < lines.size(); n++) {
                    String line = lines.get(n);
                    float size = n == 0 ? 16 : 11;
                    for (String part : wrap(line, font, size, width)) {
                        cs.beginText();
                        cs.setFont(font, size);
                        cs.newLineAtOffset(margin, y);
                        cs.showText(part);
                        cs.endText();
                        y -= size * 1.6f;
                    }
                    y -= 8;
                }
            }
            try (OutputStream os = Files.newOutputStream(out)) {
                doc.save(os);
            }
        }
    }

    private static List<String> wrap(String line, PDType0Font font, float size, float width) throws IOException {
        List<String> parts = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            cur.append(line.charAt(i));
            if (font.getStringWidth(cur.toString()) / 1000 * size > width) {
                cur.setLength(cur.length() - 1);
                parts.add(cur.toString());
                cur.setLength(0);
                cur.append(line.charAt(i));
            }
        }
        parts.add(cur.toString());
        return parts;
    }

    static void docx(List<String> lines, Path out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream os = Files.newOutputStream(out)) {
            doc.getProperties().getCoreProperties().setTitle(lines.get(0));
            // A real office document is created around the day it is dated, not the day this tool runs.
            doc.getProperties().getCoreProperties().setCreated(java.util.Optional.of(
                java.util.Date.from(java.time.Instant.parse("2024-06-19T09:00:00Z"))));
            for (int n = 0; n < lines.size(); n++) {
                XWPFParagraph p = doc.createParagraph();
                XWPFRun run = p.createRun();
                run.setText(lines.get(n));
                if (n == 0) {
                    run.setBold(true);
                    run.setFontSize(16);
                }
            }
            doc.write(os);
        }
    }
}
