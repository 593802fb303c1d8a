package io.policylens.analyse;

import java.util.Locale;

/**
 * What a number is: an amount or a level (规模100亿元, 余额1.32万亿元, 占比36.4%), a change (增加41.2亿元,
 * 增长18.6%, 下降2个百分点), or a target (力争…, 到2027年…). Amounts of money add up only as levels.
 */
public enum Measure {
    LEVEL, CHANGE, TARGET;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Which way a change goes. */
    public enum Direction {
        UP, DOWN;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
