package org.grenier.ui.charts;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.MessageBox;
import org.grenier.ui.charts.internal.Messages;

/**
 * A chart's right-click menu: copy it, save it as PNG or SVG, reset the zoom. Saving draws the image on the UI
 * thread (drawing is quick and the chart is not safe to share) and writes the file on another, so a slow disk never
 * freezes the window; a failure is told in a message naming the file.
 */
final class ChartMenu {

    private ChartMenu() {
    }

    static void attach(ChartCanvas canvas) {
        Menu menu = new Menu(canvas);
        item(menu, Messages.Chart_Copy, canvas::copyToClipboard);
        item(menu, Messages.Chart_SavePng, () -> save(canvas, ChartExport.Format.PNG));
        item(menu, Messages.Chart_SaveSvg, () -> save(canvas, ChartExport.Format.SVG));
        new MenuItem(menu, SWT.SEPARATOR);
        MenuItem reset = item(menu, Messages.Chart_ResetZoom, canvas::resetZoom);
        menu.addListener(SWT.Show, event -> {
            boolean drawn = canvas.getChart() != null;
            for (MenuItem each : menu.getItems()) {
                each.setEnabled(drawn);
            }
            reset.setEnabled(canvas.isZoomed());
        });
        canvas.setMenu(menu);
    }

    private static MenuItem item(Menu menu, String text, Runnable action) {
        MenuItem item = new MenuItem(menu, SWT.PUSH);
        item.setText(text);
        item.addListener(SWT.Selection, event -> action.run());
        return item;
    }

    private static void save(ChartCanvas canvas, ChartExport.Format format) {
        FileDialog dialog = new FileDialog(canvas.getShell(), SWT.SAVE);
        dialog.setText(Messages.Chart_SaveTitle);
        dialog.setFilterExtensions(new String[] { "*." + format.extension() });
        dialog.setFileName(fileName(canvas) + "." + format.extension());
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            Path file = Path.of(chosen);
            byte[] bytes = canvas.imageBytes(format);
            CompletableFuture.runAsync(() -> {
                try {
                    ChartExport.write(file, bytes);
                } catch (IOException e) {
                    canvas.getDisplay().asyncExec(() -> failed(canvas, file, e));
                }
            });
        }
    }

    private static void failed(ChartCanvas canvas, Path file, IOException e) {
        if (canvas.isDisposed()) {
            return;
        }
        MessageBox box = new MessageBox(canvas.getShell(), SWT.ICON_ERROR | SWT.OK);
        box.setText(Messages.Chart_SaveTitle);
        box.setMessage(NLS.bind(Messages.Chart_SaveFailed, file, e.getMessage()));
        box.open();
    }

    /** The chart's title made safe as a file name ("chart" when it has none). */
    static String fileName(ChartCanvas canvas) {
        var title = canvas.getChart().getTitle();
        String text = title == null ? "" : title.getText().strip();
        String safe = text.replaceAll("[^\\p{L}\\p{N}._-]+", "-").replaceAll("^-+|-+$", "");
        return safe.isEmpty() ? "chart" : safe;
    }
}
