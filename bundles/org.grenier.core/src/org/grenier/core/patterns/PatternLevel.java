package org.grenier.core.patterns;

/** What a seasonal pattern describes: one product, all products of a category, or all products of a sector. */
public enum PatternLevel {
    PRODUCT("product"), CATEGORY("category"), SECTOR("sector");

    private final String label;

    PatternLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
