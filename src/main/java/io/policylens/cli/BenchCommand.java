package io.policylens.cli;

import io.policylens.tools.bench.ExtractionBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code policylens bench extract}: where the time of extraction goes. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Benchmarks, measured side by side in one run.", subcommands = {BenchCommand.Extract.class, BenchCommand.Versus.class, BenchCommand.Mine.class,
        BenchPipelineCommands.Generate.class, BenchPipelineCommands.Pipeline.class, BenchPipelineCommands.Search.class})
final class BenchCommand {

    @ParentCommand
    Main root;

    /** How long an extraction benchmark runs: warm-up rounds, then measured ones, over all documents. */
    static final class ExtractionRounds {
        @Option(names = "--rounds", defaultValue = "30", description = "Measured rounds over all documents (default ${DEFAULT-VALUE}).")
        int rounds;

        @Option(names = "--warmup", defaultValue = "10", description = "Rounds run first and not measured (default ${DEFAULT-VALUE}).")
        int warmup;
    }

    @Command(name = "mine", mixinStandardHelpOptions = true,
        description = {"Seconds to mine a million characters on one thread (segmentation, entities, places,",
            "indicators, language), beside HanLP portable with all its recognisers on the same text."})
    static final class Mine implements Callable<Integer>, WithoutCluster {
        @ParentCommand
        BenchCommand bench;

        @Parameters(arity = "0..1", paramLabel = "DIR", defaultValue = "corpus", description = "Texts (default ${DEFAULT-VALUE}).")
        Path dir;

        @Option(names = "--chars", defaultValue = "1000000", description = "Characters to mine (default ${DEFAULT-VALUE}).")
        long chars;

        @Option(names = "--rounds", defaultValue = "3", description = "Measured rounds, after one warm-up (default ${DEFAULT-VALUE}).")
        int rounds;

        @Override
        public Integer call() throws Exception {
            var r = new io.policylens.tools.bench.MiningBenchmark(bench.root.settings()).run(dir, chars, rounds);
            System.out.printf(Locale.ROOT, "%d characters in %d documents, one thread, best of %d rounds%n",
                r.characters(), r.documents(), rounds);
            System.out.printf(Locale.ROOT, "%-48s %8s %8s %12s%n", "", "wall s", "CPU s", "chars/CPU s");
            System.out.printf(Locale.ROOT, "%-48s %8.2f %8.2f %12.0f%n", "PolicyLens mining (all steps)",
                r.policyLensSeconds(), r.policyLensCpuSeconds(), r.characters() / r.policyLensCpuSeconds());
            r.stepCpuSeconds().forEach((step, cpu) -> System.out.printf(Locale.ROOT, "%-48s %8s %8.2f %12.0f%n",
                "  " + step + " alone", "", cpu, r.characters() / cpu));
            System.out.printf(Locale.ROOT, "%-48s %8.2f %8.2f %12.0f%n", "HanLP portable, all recognisers (ref.)",
                r.hanlpSeconds(), r.hanlpCpuSeconds(), r.characters() / r.hanlpCpuSeconds());
            System.out.printf(Locale.ROOT, "PolicyLens ÷ reference: %.2f (wall), %.2f (CPU)%n",
                r.policyLensSeconds() / r.hanlpSeconds(), r.policyLensCpuSeconds() / r.hanlpCpuSeconds());
            System.out.printf(Locale.ROOT, "entity model in the heap: %.1f MB%n", r.modelHeapBytes() / 1e6);
            return 0;
        }
    }

    @Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Characters per second of each extraction step and, beside them, of the analysis steps,",
            "on one thread over the documents of DIR (default: corpus)."})
    static final class Extract implements Callable<Integer>, WithoutCluster {
        @ParentCommand
        BenchCommand bench;

        @Parameters(arity = "0..1", paramLabel = "DIR", defaultValue = "corpus", description = "Documents (default ${DEFAULT-VALUE}).")
        Path dir;

        @picocli.CommandLine.Mixin
        ExtractionRounds rounds;

        @Override
        public Integer call() throws Exception {
            List<ExtractionBenchmark.StepTime> steps = new ExtractionBenchmark(bench.root.settings())
                .run(dir, rounds.warmup, rounds.rounds, System.err::println);
            double extract = rate(steps, "extract: all steps");
            double analyse = rate(steps, "analyse: all steps");
            System.out.printf("%-54s %14s %10s%n", "step (one thread)", "chars/s", "ms/doc");
            for (ExtractionBenchmark.StepTime s : steps) {
                System.out.printf(Locale.ROOT, "%-54s %14.0f %10.3f%n", s.step(), s.charsPerSecond(),
                    s.nanos() / 1e6 / s.docs());
            }
            System.out.printf(Locale.ROOT, "%nextraction ÷ analysis throughput: %.2f (above 1: extraction is not the bottleneck)%n",
                extract / analyse);
            return 0;
        }

        private static double rate(List<ExtractionBenchmark.StepTime> steps, String name) {
            return steps.stream().filter(s -> s.step().equals(name)).findFirst().orElseThrow().charsPerSecond();
        }
    }

    @Command(name = "versus", mixinStandardHelpOptions = true,
        description = {"Another build's extractor beside this one's, alternating in one run (each in a process of",
            "its own): median milliseconds per document of parsing and the rest in both, and their ratio."})
    static final class Versus implements Callable<Integer>, WithoutCluster {
        @ParentCommand
        BenchCommand bench;

        @Parameters(index = "0", paramLabel = "OTHER_JAR", description = "The other build's policylens.jar (its lib/ beside it).")
        Path other;

        @Parameters(index = "1", arity = "0..1", paramLabel = "DIR", defaultValue = "corpus",
            description = "Documents (default ${DEFAULT-VALUE}).")
        Path dir;

        @Option(names = "--repeats", defaultValue = "3", description = "Runs of each build, alternating (default ${DEFAULT-VALUE}).")
        int repeats;

        @picocli.CommandLine.Mixin
        ExtractionRounds rounds;

        @Override
        public Integer call() throws Exception {
            if (!java.nio.file.Files.isRegularFile(other)) {
                throw new IllegalArgumentException("OTHER_JAR: no such file: " + other);
            }
            Path self = Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!java.nio.file.Files.isRegularFile(self)) {
                throw new IllegalArgumentException("bench versus runs from the packaged jar (bin/policylens), not from "
                    + self);
            }
            var steps = new io.policylens.tools.bench.VersusBenchmark(other, self)
                .run(dir, bench.root.settings().home(), repeats, rounds.rounds, rounds.warmup, System.err::println);
            System.out.printf("%-46s %10s %10s %8s%n", "step (median ms/doc)", "other", "this", "this÷other");
            for (var s : steps) {
                System.out.printf(Locale.ROOT, "%-46s %10.3f %10.3f %8.2f%n", s.step(), s.otherMs(), s.thisMs(), s.ratio());
            }
            return 0;
        }
    }
}
