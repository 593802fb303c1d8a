package io.policylens.tools.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Another build's extractor beside this one's, on the same documents in one run: each build's own
 * {@code Extractor} is timed by {@link ExtractTimer} in a process of its own (its classes first on the class path,
 * its own JIT), the two alternating so that the machine's noise falls on both, and the median milliseconds per
 * document of each step are compared.
 */
public final class VersusBenchmark {

    /** One step's median milliseconds per document in each build (NaN where a build has no such step). */
    public record Step(String step, double otherMs, double thisMs) {
        public double ratio() {
            return thisMs / otherMs;
        }
    }

    private static final Pattern ROW = Pattern.compile("^(extract: .+?) ([\\d.]+)\\s*$");

    private final Path otherJar;
    private final Path thisJar;

    public VersusBenchmark(Path otherJar, Path thisJar) {
        this.otherJar = otherJar;
        this.thisJar = thisJar;
    }

    public List<Step> run(Path dir, Path home, int repeats, int rounds, int warmup, Consumer<String> log)
        throws IOException, InterruptedException {
        Map<String, List<Double>> other = new LinkedHashMap<>();
        Map<String, List<Double>> mine = new LinkedHashMap<>();
        for (int r = 1; r <= repeats; r++) {
            log.accept("repeat " + r + " of " + repeats + ": the other build");
            collect(run(otherJar, dir, home, rounds, warmup), other);
            log.accept("repeat " + r + " of " + repeats + ": this build");
            collect(run(thisJar, dir, home, rounds, warmup), mine);
        }
        List<Step> out = new ArrayList<>();
        List<String> names = new ArrayList<>(mine.keySet());
        other.keySet().stream().filter(k -> !mine.containsKey(k)).forEach(names::add);
        for (String n : names) {
            out.add(new Step(n, median(other.get(n)), median(mine.get(n))));
        }
        return out;
    }

    private String run(Path jar, Path dir, Path home, int rounds, int warmup) throws IOException,
        InterruptedException {
        // The build's classes and libraries first; this timer comes from this build's jar, after them.
        String sep = java.io.File.pathSeparator;
        String classPath = jar + sep + jar.toAbsolutePath().getParent().resolve("lib") + java.io.File.separator + "*"
            + sep + thisJar;
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Dpolicylens.home=" + home, "-cp", classPath, ExtractTimer.class.getName(), dir.toString(),
            String.valueOf(warmup), String.valueOf(rounds))
            .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException(jar + ": the extraction timer failed (exit " + p.exitValue() + ")");
        }
        return out;
    }

    private static void collect(String table, Map<String, List<Double>> into) {
        for (String line : table.split("\\R")) {
            Matcher m = ROW.matcher(line);
            if (m.matches()) {
                into.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(Double.parseDouble(m.group(2)));
            }
        }
    }

    private static double median(List<Double> xs) {
        if (xs == null || xs.isEmpty()) {
            return Double.NaN;
        }
        List<Double> s = xs.stream().sorted().toList();
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }
}
