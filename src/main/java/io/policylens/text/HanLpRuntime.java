package io.policylens.text;

import com.hankcs.hanlp.HanLP;

/**
 * The one place where HanLP's static, process-wide configuration is set. Classes that use HanLP take a
 * {@code HanLpRuntime} in their constructor, which proves the configuration happened before them.
 * Thread-safe.
 */
public final class HanLpRuntime {

    private static HanLpRuntime instance;
    private final HanLpSettings settings;

    private HanLpRuntime(HanLpSettings settings) {
        this.settings = settings;
    }

    /**
     * Configures HanLP once per process. A second call with the same settings returns the same runtime;
     * different settings fail, because HanLP's state is global and cannot hold two configurations.
     */
    public static synchronized HanLpRuntime configure(HanLpSettings settings) {
        if (instance != null) {
            if (!instance.settings.equals(settings)) {
                throw new IllegalStateException("HanLP is already configured with " + instance.settings);
            }
            return instance;
        }
        HanLP.Config.enableDebug(settings.debug());
        // PolicyLens normalises text itself and keeps offsets; HanLP must not rewrite characters behind its back.
        HanLP.Config.Normalization = false;
        HanLP.Config.ShowTermNature = true;
        loadFixedExpressions();
        instance = new HanLpRuntime(settings);
        return instance;
    }

    public HanLpSettings settings() {
        return settings;
    }

    /**
     * Expressions the segmenter would cut across a word boundary (再创新高 → 再/创新/高) become words of their own,
     * in HanLP's process-wide custom dictionary: the word-level field then holds no 创新 where the text has none.
     */
    private static void loadFixedExpressions() {
        try (var in = HanLpRuntime.class.getResourceAsStream("fixed-expressions.txt")) {
            String all = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            for (String line : all.split("\n")) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    com.hankcs.hanlp.dictionary.CustomDictionary.insert(word, "nz 10000");
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
