package org.grenier.ui.store;

/** Event topics the workbench posts about the store; parts listen with {@code @UIEventTopic}. */
public final class StoreEvents {

    /** A new {@link StoreSnapshot} is available (after opening, a refresh or a change). */
    public static final String SNAPSHOT = "grenier/store/snapshot";

    /** An import finished; the value is the text describing its results. */
    public static final String IMPORTED = "grenier/store/imported";

    /**
     * The session's store was closed and another put in its place (a switch of workspace, a reset of the demo, a
     * restore): what was computed from the old one no longer holds. The value is the new {@link Workspace}.
     */
    public static final String REPLACED = "grenier/store/replaced";

    private StoreEvents() {
    }
}
