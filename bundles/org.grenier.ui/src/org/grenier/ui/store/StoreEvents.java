package org.grenier.ui.store;

/** Event topics the workbench posts about the store; parts listen with {@code @UIEventTopic}. */
public final class StoreEvents {

    /** A new {@link StoreSnapshot} is available (after opening, a refresh or a change). */
    public static final String SNAPSHOT = "grenier/store/snapshot";

    private StoreEvents() {
    }
}
