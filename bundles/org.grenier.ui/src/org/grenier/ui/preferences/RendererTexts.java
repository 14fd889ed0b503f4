package org.grenier.ui.preferences;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.grenier.core.Texts;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The texts E4's SWT renderers show (a part tab's menu: Close, Close Others, Detach; the toolbar's menu; the dialog
 * asking which parts to save), filled like Grenier's own messages so that they follow the language chosen in
 * Preferences. The renderers load them through NLS, which settles the language when the framework starts, before
 * Grenier's preferences are read. Their French is in the fragment {@code org.grenier.e4.renderers.nl_fr}.
 */
final class RendererTexts {

    private static final String RENDERERS = "org.eclipse.e4.ui.workbench.renderers.swt";

    /** The renderers' messages classes; each is filled from the {@code messages} properties beside it. */
    private static final List<String> HOLDERS = List.of(
            "org.eclipse.e4.ui.internal.workbench.renderers.swt.SWTRenderersMessages",
            "org.eclipse.e4.ui.workbench.renderers.swt.Messages");

    private static boolean registered;

    private RendererTexts() {
    }

    /** Hands the renderers' messages to {@link Texts}, once; every later language change fills them again. */
    static synchronized void register() {
        if (registered) {
            return;
        }
        registered = true;
        Optional<Bundle> renderers = renderers();
        if (renderers.isEmpty()) {
            return; // a runtime without the SWT renderers has none of their texts to show
        }
        for (String holder : HOLDERS) {
            try {
                Texts.load(holder.substring(0, holder.lastIndexOf('.')) + ".messages",
                        renderers.get().loadClass(holder));
            } catch (ClassNotFoundException moved) {
                // an E4 that renamed its messages class keeps those texts in the language it started in
            }
        }
    }

    private static Optional<Bundle> renderers() {
        Bundle own = FrameworkUtil.getBundle(RendererTexts.class);
        if (own == null || own.getBundleContext() == null) {
            return Optional.empty();
        }
        return Arrays.stream(own.getBundleContext().getBundles())
                .filter(bundle -> RENDERERS.equals(bundle.getSymbolicName())).findFirst();
    }
}
