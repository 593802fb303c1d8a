package io.policylens.text;

/**
 * Settings of HanLP's global state.
 *
 * @param debug HanLP's own debug logging
 */
public record HanLpSettings(boolean debug) {

    public static HanLpSettings defaults() {
        return new HanLpSettings(false);
    }
}
