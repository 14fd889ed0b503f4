package org.grenier.core.planning;

/**
 * How the cost of keeping stock splits into its parts, as shares of the whole: storage (space, energy, insurance),
 * handling (moving it in and out) and maintenance (the buildings and their equipment). The defaults are 0.4, 0.3 and
 * 0.3; a site that knows its own split gives it.
 */
public record CostFactors(double storage, double handling, double maintenance) {

    public static final CostFactors DEFAULTS = new CostFactors(0.4, 0.3, 0.3);

    public CostFactors {
        for (double share : new double[] { storage, handling, maintenance }) {
            if (!(share >= 0) || share > 1) {
                throw new IllegalArgumentException("cost factors are shares between 0 and 1, not " + share);
            }
        }
        if (Math.abs(storage + handling + maintenance - 1) > 1e-6) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, "cost factors must add up to "
                    + "1 (the whole cost), but %.3f + %.3f + %.3f = %.3f", storage, handling, maintenance,
                    storage + handling + maintenance));
        }
    }

    /**
     * Factors read as "storage,handling,maintenance", e.g. "0.5,0.25,0.25"; parted by ";" or "/" they may be written
     * with decimal commas, as French users do ("0,5;0,25;0,25").
     */
    public static CostFactors parse(String text) {
        boolean commaDecimals = text.contains(";") || text.contains("/");
        String[] parts = (commaDecimals ? text.replace(',', '.') : text).split("[,;/]");
        if (parts.length != 3) {
            throw new IllegalArgumentException("cost factors are three shares, storage,handling,maintenance (such as "
                    + "0.4,0.3,0.3), not '" + text + "'");
        }
        try {
            return new CostFactors(Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip()),
                    Double.parseDouble(parts[2].strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("cost factors are three numbers, storage,handling,maintenance (such as"
                    + " 0.4,0.3,0.3), not '" + text + "'");
        }
    }
}
