package io.policylens.analyse;

import java.util.Locale;

/** What an indicator measures: an amount of money, a rate, a count, a rank, a ratio, or a target to reach. */
public enum IndicatorKind {
    MONEY, PERCENT, COUNT, RANK, RATIO, TARGET;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
