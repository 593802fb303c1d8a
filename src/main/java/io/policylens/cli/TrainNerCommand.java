package io.policylens.cli;

import io.policylens.tools.train.BioCorpus;
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
    description = {"Train the character-level entity tagger (averaged perceptron) on char-per-line BIO data;",
        "every Nth sentence is held out as the dev split and scored after each epoch."})
final class TrainNerCommand implements Callable<Integer> {

    @Option(names = "--train", required = true, paramLabel = "FILE", description = "BIO training data.")
    Path train;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the model (.bin.gz).")
    Path out;

    @Option(names = "--dev-every", defaultValue = "20", description = "Hold out every Nth sentence (default ${DEFAULT-VALUE}).")
    int devEvery;

    @Option(names = "--epochs", defaultValue = "12", description = "Passes over the data (default ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--min-count", defaultValue = "2", description = "Leave out features seen fewer times (default ${DEFAULT-VALUE}).")
    int minCount;

    @Option(names = "--seed", defaultValue = "7", description = "Shuffling seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws Exception {
        List<BioCorpus.Sentence> all = BioCorpus.read(train);
        List<BioCorpus.Sentence> trainSplit = new ArrayList<>();
        List<BioCorpus.Sentence> dev = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            (devEvery > 0 && i % devEvery == devEvery - 1 ? dev : trainSplit).add(all.get(i));
        }
        System.err.println("training on " + trainSplit.size() + " sentences, dev " + dev.size());
        CharNerModel model = new CharNerTrainer(epochs, seed, minCount).train(trainSplit, dev, System.err::println);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream os = Files.newOutputStream(out)) {
            model.write(os);
        }
        if (!dev.isEmpty()) {
            CharNerTrainer.Score s = CharNerTrainer.evaluate(model, dev);
            for (String t : List.of("PER", "LOC", "ORG", "ALL")) {
                System.out.printf(Locale.ROOT, "dev %-4s P %.4f  R %.4f  F1 %.4f%n", t, s.precision(t), s.recall(t), s.f1(t));
            }
        }
        System.out.println("model: " + out + " (" + model.features() + " features, " + Files.size(out) + " bytes)");
        return 0;
    }
}
