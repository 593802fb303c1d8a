package io.policylens.tools.bench;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Times a build's own extractor — its two public verbs, {@code parse} and {@code extractParsed} — on the documents
 * of a folder, and prints milliseconds per document. It reaches the extractor by reflection, so that it runs
 * against another build's classes put first on the class path: that build's constructor and packages as they
 * were. {@link VersusBenchmark} runs it once per build.
 *
 * <p>Usage: {@code java -cp OTHER.jar:OTHER/lib/*:THIS.jar io.policylens.tools.bench.ExtractTimer DIR WARMUP ROUNDS}
 */
public final class ExtractTimer {

    private ExtractTimer() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int warmup = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        Class<?> sourceRef = Class.forName("io.policylens.document.SourceRef");
        Class<?> rawDocument = Class.forName("io.policylens.document.RawDocument");
        Method ofFile = sourceRef.getMethod("ofFile", Path.class);
        Method of = rawDocument.getMethod("of", sourceRef, Instant.class, String.class, String.class, byte[].class);
        List<Object> docs = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".json")
                && !p.getFileName().toString().startsWith(".")).sorted().toList()) {
                docs.add(of.invoke(null, ofFile.invoke(null, p), Instant.now(), null, null, Files.readAllBytes(p)));
            }
        }
        Object extractor = extractor();
        Class<?> type = extractor.getClass();
        Method parse = type.getMethod("parse", rawDocument);
        Method rest = null;
        for (Method m : type.getMethods()) {
            if (m.getName().equals("extractParsed")) {
                rest = m;
            }
        }
        long parseNanos = 0;
        long restNanos = 0;
        long measured = 0;
        for (int r = 0; r < warmup + rounds; r++) {
            for (Object raw : docs) {
                long t0 = System.nanoTime();
                Object parsed;
                try {
                    parsed = parse.invoke(extractor, raw);
                } catch (InvocationTargetException rejected) {
                    continue;
                }
                long t1 = System.nanoTime();
                try {
                    rest.invoke(extractor, raw, parsed);
                } catch (InvocationTargetException rejected) {
                    // timed all the same: rejecting is work too
                }
                long t2 = System.nanoTime();
                if (r >= warmup) {
                    parseNanos += t1 - t0;
                    restNanos += t2 - t1;
                    measured++;
                }
            }
        }
        System.out.printf(Locale.ROOT, "extract: parse %.3f%nextract: rest %.3f%nextract: all steps %.3f%n",
            parseNanos / 1e6 / measured, restNanos / 1e6 / measured, (parseNanos + restNanos) / 1e6 / measured);
        if (extractor instanceof AutoCloseable c) {
            c.close();
        }
        System.exit(0); // parser processes an older build leaves running end with this one
    }

    /** The build's extractor with its default settings, whichever constructor it has. */
    private static Object extractor() throws Exception {
        Class<?> settingsType = Class.forName("io.policylens.extract.ExtractSettings");
        Object settings = settingsType.getMethod("defaults").invoke(null);
        Class<?> type = Class.forName("io.policylens.extract.Extractor");
        for (Constructor<?> c : type.getConstructors()) {
            Class<?>[] params = c.getParameterTypes();
            if (params.length == 1 && params[0] == settingsType) {
                return c.newInstance(settings);
            }
            if (params.length == 2 && params[0] == settingsType) { // older builds: (settings, HanLP runtime)
                Class<?> runtime = params[1];
                String pkg = runtime.getPackageName();
                Object hanlpSettings = Class.forName(pkg + ".HanLpSettings").getMethod("defaults").invoke(null);
                Object hanlp = runtime.getMethod("configure", hanlpSettings.getClass()).invoke(null, hanlpSettings);
                return c.newInstance(settings, hanlp);
            }
        }
        throw new IllegalStateException("no Extractor constructor this timer knows in " + type);
    }
}
