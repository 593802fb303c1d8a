package io.policylens.analyse;

import java.util.List;

/**
 * An administrative division: six-digit code (GB/T 2260 form, NBS statistical table), name, level
 * ({@code province}, {@code city}, {@code county}) and its chain from the province down to itself.
 */
public record Division(String code, String name, String level, List<String> path, List<String> pathCodes) {

    public Division {
        path = List.copyOf(path);
        pathCodes = List.copyOf(pathCodes);
    }

    public String province() {
        return path.get(0);
    }

    /** The prefecture-level city, or null for a province or a division directly under one. */
    public String city() {
        for (int i = 0; i < path.size(); i++) {
            if (i > 0 && pathCodes.get(i).endsWith("00") && !pathCodes.get(i).endsWith("0000")) {
                return path.get(i);
            }
        }
        return null;
    }
}
