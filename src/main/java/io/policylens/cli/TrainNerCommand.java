package io.policylens.cli;

import io.policylens.tools.train.BioCorpus;
import io.policylens.tools.train.DevSplit;
import io.policylens.tools.train.NameSwap;
import io.policylens.analyse.CharNerModel;
import io.policylens.tools.train.CharNerTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code policylens train-ner}: makes the entity model PolicyLens ships, from BIO training data. */
@Command(name = "train-ner", mixinStandardHelpOptions = true,
    description = {"Train the character-level entity tagger (a linear-chain CRF) on char-per-line BIO data.",
        "With --dev-tail P the last P %% of the sentences are held out for model selection, without those that share",
        "a 20-character span with training; --dev-every N holds out every Nth sentence instead (flattering: the",
        "data has near-duplicates). --dev-tail 0 --dev-every 0 trains on everything (the shipped model)."})
final class TrainNerCommand implements Callable<Integer>, WithoutCluster {

    @picocli.CommandLine.ParentCommand
    Main root;

    @Option(names = "--train", required = true, paramLabel = "FILE", description = "BIO training data.")
    Path train;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the model (.bin.gz).")
    Path out;

    @Option(names = "--dev-every", defaultValue = "0", description = "Hold out every Nth sentence instead (default: no).")
    int devEvery;

    @Option(names = "--dev-tail", defaultValue = "10", paramLabel = "P",
        description = "Hold out the last P %% of the sentences, less near-duplicates of training (default ${DEFAULT-VALUE}).")
    int devTail;

    @Option(names = "--passes", defaultValue = "12", description = "Passes over the data (default ${DEFAULT-VALUE}).")
    int passes;

    @Option(names = "--min-count", defaultValue = "2", description = "Leave out features seen fewer times (default ${DEFAULT-VALUE}).")
    int minCount;

    @Option(names = "--c2", defaultValue = "0.1",
        description = "L2 regularisation, as CRFsuite's c2 (default ${DEFAULT-VALUE}).")
    double c2;

    @Option(names = "--prune", defaultValue = "0.05", paramLabel = "W",
        description = "Leave out of the model the features whose largest weight is below W (default ${DEFAULT-VALUE}).")
    double prune;

    @Option(names = "--no-words", description = "Characters only: no features from the segmenter's words.")
    boolean noWords;

    @Option(names = "--runs", defaultValue = "3",
        description = "Runs with their own seeds, whose weights are averaged (default ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--word-dropout", defaultValue = "0.3", paramLabel = "SHARE",
        description = "Share of the sentences trained without their words, so that names the segmenter cuts wrongly "
            + "are still found (default ${DEFAULT-VALUE}).")
    double wordDropout;

    @Option(names = "--swap-names", defaultValue = "0", paramLabel = "SHARE",
        description = "Share of the training sentences with names that are trained again with their names swapped "
            + "for other names of the same type (default ${DEFAULT-VALUE}: none; it raises the MSRA dev score and "
            + "lowers the score on real pages, README).")
    double swapNames;

    @Option(names = "--seed", defaultValue = "7", description = "Shuffling seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--dev-out", paramLabel = "FILE",
        description = "Also write the held-out sentences as BIO data, for `eval --ner FILE --model MODEL`.")
    Path devOut;

    @Override
    public Integer call() throws Exception {
        List<BioCorpus.Sentence> all = BioCorpus.read(train);
        DevSplit split = devEvery > 0 ? DevSplit.everyNth(all, devEvery)
            : devTail > 0 ? DevSplit.tail(all, devTail) : new DevSplit(all, List.of(), 0);
        List<BioCorpus.Sentence> trainSplit = new NameSwap(swapNames, seed).augment(split.train());
        List<BioCorpus.Sentence> dev = split.dev();
        if (devOut != null) {
            BioCorpus.write(dev, devOut);
        }
        System.err.println("training on " + trainSplit.size() + " sentences (" + (trainSplit.size() - split.train().size())
            + " of them copies with swapped names), dev " + dev.size()
            + (split.dropped() > 0 ? " (" + split.dropped() + " held-out sentences dropped: they share a "
            + DevSplit.OVERLAP + "-character span with training)" : ""));
        java.util.function.Function<String, List<io.policylens.text.Token>> words = noWords ? CharNerTrainer.NO_WORDS
            : EvalCommand.words(root);
        CharNerModel model = new CharNerTrainer(passes, seed, minCount, c2, prune, wordDropout, runs)
            .train(trainSplit, dev, words, System.err::println);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream os = Files.newOutputStream(out)) {
            model.write(os);
        }
        try (var in = Files.newInputStream(out)) {
            model = CharNerModel.read(in); // scored as written (weights in 16-bit steps)
        }
        if (!dev.isEmpty()) {
            CharNerTrainer.Score s = CharNerTrainer.evaluate(model, dev, words);
            for (String t : List.of("PER", "LOC", "ORG", "ALL")) {
                System.out.printf(Locale.ROOT, "dev %-4s P %.4f  R %.4f  F1 %.4f%n", t, s.precision(t), s.recall(t), s.f1(t));
            }
        }
        System.out.println("model: " + out + " (" + model.features() + " features, " + Files.size(out) + " bytes)");
        return 0;
    }
}
