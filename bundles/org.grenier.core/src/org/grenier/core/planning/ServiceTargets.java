package org.grenier.core.planning;

import java.util.Arrays;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * The cycle service level planned for each ABC/XYZ class: rows A, B, C (value of demand), columns X, Y, Z
 * (predictability). Predictable, valuable products get the highest by default, since their safety stock is cheap for
 * what it saves; a planner whose customers will not wait raises the C row, one short of space lowers it.
 */
public record ServiceTargets(double[][] levels) {

    public static final double LOWEST = 0.5;
    public static final double HIGHEST = 0.999;

    /** The levels most planning handbooks start from. */
    public static final ServiceTargets DEFAULTS = new ServiceTargets(new double[][] { { 0.99, 0.98, 0.97 },
            { 0.97, 0.96, 0.95 }, { 0.95, 0.93, 0.90 } });

    public ServiceTargets {
        if (levels.length != 3 || Arrays.stream(levels).anyMatch(row -> row.length != 3)) {
            throw new IllegalArgumentException("service levels come as 3 rows (A, B, C) of 3 (X, Y, Z)");
        }
        levels = Arrays.stream(levels).map(double[]::clone).toArray(double[][]::new);
        for (int abc = 0; abc < 3; abc++) {
            for (int xyz = 0; xyz < 3; xyz++) {
                double level = levels[abc][xyz];
                if (!(level >= LOWEST && level <= HIGHEST)) {
                    throw new IllegalArgumentException(String.format(Locale.ROOT,
                            "the service level of class %s must be between %.1f %% and %.1f %%, was %s",
                            "" + (char) ('A' + abc) + (char) ('X' + xyz), 100 * LOWEST, 100 * HIGHEST, level));
                }
            }
        }
    }

    /** The level of one class, such as {@code target('B', 'Z')}. */
    public double target(char abc, char xyz) {
        return levels[abc - 'A'][xyz - 'X'];
    }

    /** The nine levels, row after row, as kept in preferences: "0.99,0.98,…". */
    public String text() {
        StringJoiner joined = new StringJoiner(",");
        for (double[] row : levels) {
            for (double level : row) {
                joined.add(Double.toString(level));
            }
        }
        return joined.toString();
    }

    /** Reads {@link #text()} back; anything else is refused with what was given. */
    public static ServiceTargets parse(String text) {
        String[] parts = text.split(",");
        if (parts.length != 9) {
            throw new IllegalArgumentException("nine service levels (AX to CZ) separated by commas, not '" + text
                    + "'");
        }
        double[][] levels = new double[3][3];
        for (int i = 0; i < 9; i++) {
            try {
                levels[i / 3][i % 3] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("a service level is a number such as 0.95, not '" + parts[i]
                        + "'");
            }
        }
        return new ServiceTargets(levels);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ServiceTargets that && Arrays.deepEquals(levels, that.levels);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(levels);
    }

    @Override
    public String toString() {
        return "ServiceTargets[" + text() + "]";
    }

    @Override
    public double[][] levels() {
        return Arrays.stream(levels).map(double[]::clone).toArray(double[][]::new);
    }
}
