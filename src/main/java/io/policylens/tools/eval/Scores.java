package io.policylens.tools.eval;

/** Counts of a matching task and what follows from them. */
public record Scores(int truePositives, int predicted, int expected) {

    public static final Scores ZERO = new Scores(0, 0, 0);

    public Scores plus(Scores o) {
        return new Scores(truePositives + o.truePositives, predicted + o.predicted, expected + o.expected);
    }

    public double precision() {
        return predicted == 0 ? (expected == 0 ? 1 : 0) : truePositives / (double) predicted;
    }

    public double recall() {
        return expected == 0 ? (predicted == 0 ? 1 : 0) : truePositives / (double) expected;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
