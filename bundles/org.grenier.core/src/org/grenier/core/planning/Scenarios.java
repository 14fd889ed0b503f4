package org.grenier.core.planning;

import java.util.List;

import org.grenier.core.Result;
import org.grenier.core.store.Store;

/**
 * Scenarios as JSON, the form they are stored, exchanged and edited in, and the scenarios saved in a store.
 * Provided as an OSGi service.
 */
public interface Scenarios {

    /** Reads a scenario; a failure says where ({@code source}, change number, key) and what is wrong. */
    Result<Scenario> parse(String json, String source);

    /** The JSON of a scenario, indented for a person to read and edit. */
    String format(Scenario scenario);

    /** The scenarios saved in a store, by name. */
    Result<List<Scenario>> saved(Store store);

    /** Saves a scenario, replacing one of the same name. */
    Result<Scenario> save(Store store, Scenario scenario);
}
