import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

/**
 * Makes Grenier's icons from Material Design icons (Apache-2.0): each black 18 dp icon, at 1x and 2x, keeps its shape
 * (the alpha channel) and takes the colour of its kind, one mid-tone that reads on the light and the dark theme.
 * Usage: java Recolor.java <material-design-icons package dir> <icons.txt> <output dir>
 */
public class Recolor {

    public static void main(String[] args) throws Exception {
        Path source = Path.of(args[0]);
        List<String> lines = Files.readAllLines(Path.of(args[1]));
        Path out = Path.of(args[2]);
        Files.createDirectories(out);
        for (String line : lines) {
            String[] fields = line.strip().split("\\s+");
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            // name  category/material_name  #rrggbb
            String category = fields[1].substring(0, fields[1].indexOf('/'));
            String material = fields[1].substring(fields[1].indexOf('/') + 1);
            int rgb = Integer.parseInt(fields[2].substring(1), 16);
            for (String scale : new String[] { "1x", "2x" }) {
                File in = source.resolve(category).resolve(scale + "_web").resolve(material + "_black_18dp.png")
                        .toFile();
                String name = fields[0] + (scale.equals("2x") ? "@2x" : "") + ".png";
                ImageIO.write(tinted(ImageIO.read(in), rgb), "png", out.resolve(name).toFile());
            }
        }
    }

    private static BufferedImage tinted(BufferedImage icon, int rgb) {
        BufferedImage tinted = new BufferedImage(icon.getWidth(), icon.getHeight(), BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < icon.getHeight(); y++) {
            for (int x = 0; x < icon.getWidth(); x++) {
                int alpha = icon.getRGB(x, y) >>> 24;
                tinted.setRGB(x, y, alpha << 24 | rgb);
            }
        }
        return tinted;
    }
}
