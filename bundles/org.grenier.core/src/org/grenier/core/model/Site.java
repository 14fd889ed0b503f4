package org.grenier.core.model;

/** A place that holds stock: a farm, a warehouse, a shop, a pharmacy. */
public record Site(String code, String name, String region) {

    public Site {
        Checks.code(code, "site code");
        Checks.text(name, "site name");
    }
}
