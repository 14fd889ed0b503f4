package org.grenier.imports.internal;

import org.grenier.core.model.Site;
import org.grenier.core.model.Sku;

/** The products, sites and storage units a store knows, and the way to add those a file names. */
interface CodeBook {

    boolean hasSku(String code);

    boolean hasSite(String code);

    boolean hasStorageUnit(String code);

    void createSku(Sku sku);

    void createSite(Site site);
}
