package org.grenier.core.imports;

import org.grenier.core.model.Site;
import org.grenier.core.model.Sku;

/** The products, sites and storage units a store knows, and the way to add those an import names. */
public interface CodeBook {

    boolean hasSku(String code);

    boolean hasSite(String code);

    boolean hasStorageUnit(String code);

    void createSku(Sku sku);

    void createSite(Site site);
}
