package io.policylens.tools.train;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Character-per-line BIO data ({@code char<TAB>label} or {@code char label}, a blank line between sentences), as NER training and test
 * splits are shipped; labels {@code O B-PER I-PER B-LOC I-LOC B-ORG I-ORG}. An {@code I-} after {@code O} is read
 * as {@code B-}.
 */
public final class BioCorpus {

    /** One sentence: its characters and their labels. */
    public record Sentence(String text, List<String> labels) {
    }

    private BioCorpus() {
    }

    public static List<Sentence> read(Path file) throws IOException {
        List<Sentence> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        List<String> labels = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank()) {
                    if (text.length() > 0) {
                        out.add(new Sentence(text.toString(), List.copyOf(labels)));
                    }
                    text.setLength(0);
                    labels.clear();
                    continue;
                }
                // char<TAB>label, or char<SPACE>label as some copies of the public sets write it.
                int tab = line.lastIndexOf('\t');
                if (tab < 0 && line.length() > 2) {
                    tab = line.lastIndexOf(' ');
                }
                String ch = tab > 0 ? line.substring(0, tab) : line.substring(0, 1);
                String label = tab > 0 ? line.substring(tab + 1).strip() : "O";
                if (label.startsWith("I-") && (labels.isEmpty() || labels.get(labels.size() - 1).equals("O")
                    || !labels.get(labels.size() - 1).substring(2).equals(label.substring(2)))) {
                    label = "B-" + label.substring(2);
                }
                // One character per line; a surrogate pair stays one label on its first unit, O on the second.
                text.append(ch, 0, Math.min(ch.length(), Character.charCount(ch.codePointAt(0))));
                labels.add(label);
                if (Character.charCount(ch.codePointAt(0)) == 2) {
                    labels.add("O");
                }
            }
        }
        if (text.length() > 0) {
            out.add(new Sentence(text.toString(), List.copyOf(labels)));
        }
        return out;
    }

    /** Writes sentences in the format {@link #read} reads: a character and its label per line, a blank line after each. */
    public static void write(List<Sentence> sentences, Path file) throws IOException {
        try (var w = java.nio.file.Files.newBufferedWriter(file, java.nio.charset.StandardCharsets.UTF_8)) {
            for (Sentence s : sentences) {
                for (int i = 0; i < s.text().length(); i++) {
                    w.write(s.text().charAt(i) + "\t" + s.labels().get(i) + "\n");
                }
                w.write("\n");
            }
        }
    }
}
