package org.grenier.ui.store;

/** Event topics the workbench posts about the store; parts listen with {@code @UIEventTopic}. */
public final class StoreEvents {

    /** A new {@link StoreSnapshot} is available (after opening, a refresh or a change). */
    public static final String SNAPSHOT = "grenier/store/snapshot";

    /** An import finished; the value is the text describing its results. */
    public static final String IMPORTED = "grenier/store/imported";

    private StoreEvents() {
    }
}
