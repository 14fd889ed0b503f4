package org.grenier.ui.about;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.grenier.ui.Messages;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * A library Grenier is built on, as Help > About lists it: its name, the bundle that carries it, what it does for
 * Grenier and its licence. The licences are written here, checked against each project's own, because most of these
 * jars do not say it in their manifest; the version is read from the bundle installed, so it is never out of date.
 */
record Component(String name, String bundle, Supplier<String> role, String licence, String bundledVersion) {

    /** A library shipped as its own bundle, whose version is the bundle's. */
    Component(String name, String bundle, Supplier<String> role, String licence) {
        this(name, bundle, role, licence, null);
    }

    /** What Grenier ships, Grenier first; a component whose bundle is not installed is not listed. */
    static final List<Component> SHIPPED = List.of(
            new Component("Grenier", "org.grenier.core",
                    () -> Messages.About_RoleGrenier, "GPL-3.0-or-later"),
            new Component("Eclipse Platform (E4, SWT, JFace)", "org.eclipse.swt",
                    () -> Messages.About_RoleWorkbench, "EPL-2.0"),
            new Component("Equinox", "org.eclipse.osgi",
                    () -> Messages.About_RoleOsgi, "EPL-2.0"),
            new Component("H2 Database", "com.h2database",
                    () -> Messages.About_RoleStore, "MPL-2.0 or EPL-1.0"),
            new Component("FastCSV", "de.siegmar.fastcsv",
                    () -> Messages.About_RoleImport, "MIT"),
            new Component("jSSC", "jssc",
                    () -> Messages.About_RoleSerial, "LGPL-3.0"),
            new Component("Smile", "smile.core",
                    () -> Messages.About_RoleForecast, "GPL-3.0"),
            new Component("ojAlgo", "org.ojalgo",
                    () -> Messages.About_RoleOptimise, "MIT"),
            new Component("STL4J", "com.github.servicenow.stl4j",
                    () -> Messages.About_RoleSeasons, "MIT"),
            new Component("JFreeChart", "org.jfree.chart",
                    () -> Messages.About_RoleCharts, "LGPL-2.1"),
            new Component("JFreeSVG", "org.jfree.svg",
                    () -> Messages.About_RoleSvg, "GPL-3.0"),
            new Component("Gson", "com.google.gson",
                    () -> Messages.About_RoleScenarios, "Apache-2.0"),
            new Component("JNA", "com.sun.jna",
                    () -> Messages.About_RoleNative, "LGPL-2.1 or Apache-2.0"),
            new Component("Apache Batik", "org.apache.batik.css",
                    () -> Messages.About_RoleThemes, "Apache-2.0"),
            new Component("SLF4J", "slf4j.api",
                    () -> Messages.About_RoleLogging, "MIT"),
            // copied into the application bundle, recoloured (tools/icons): listed with the version they came from
            new Component("Material Design icons", "org.grenier.app",
                    () -> Messages.About_RoleIcons, "Apache-2.0", "3.0.1"));

    /** The version installed, such as "2.5.252"; empty when the bundle is not there. */
    Optional<String> version(BundleContext context) {
        return Arrays.stream(context.getBundles()).filter(b -> b.getSymbolicName() != null
                && b.getSymbolicName().equals(bundle)).map(Bundle::getVersion)
                .map(v -> bundledVersion != null ? bundledVersion : v.getMajor() + "." + v.getMinor() + "."
                        + v.getMicro()).findFirst();
    }
}
