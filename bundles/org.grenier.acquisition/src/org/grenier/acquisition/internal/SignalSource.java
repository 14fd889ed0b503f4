package org.grenier.acquisition.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The values a simulated sensor reports at each step: temperature (°C), relative humidity (%) and CO2 (ppm). Either
 * a synthetic day-long swing with noise, or a replay of the Intel Berkeley lab motes (30-minute means; CO2, which
 * they did not measure, stays synthetic).
 */
interface SignalSource {

    double[] values(int sensor, long step);

    static SignalSource synthetic(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] noise = new double[4096];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = random.nextDouble(-1, 1);
        }
        return (sensor, step) -> {
            double phase = 2 * Math.PI * (step % 288) / 288.0 + sensor * 0.3;
            double n = noise[(int) ((step * 31 + sensor * 7) & (noise.length - 1))];
            return new double[] { 12 + 3 * Math.sin(phase) + 0.2 * n, 65 + 8 * Math.cos(phase) + 0.5 * n,
                    600 + 120 * Math.sin(phase / 2) + 5 * n };
        };
    }

    /** The Intel lab replay: train then test columns, one row per mote, cycled when the steps run out. */
    static SignalSource intelLab(Path folder) throws IOException {
        double[][] temperature = join(read(folder, "intelTemperatureTrain.csv"), read(folder, "intelTemperatureTest.csv"));
        double[][] humidity = join(read(folder, "intelHumidityTrain.csv"), read(folder, "intelHumidityTest.csv"));
        SignalSource co2 = synthetic(7);
        return (sensor, step) -> {
            int mote = sensor % temperature.length;
            int column = (int) (step % temperature[mote].length);
            return new double[] { temperature[mote][column], humidity[mote][column], co2.values(sensor, step)[2] };
        };
    }

    private static double[][] read(Path folder, String name) throws IOException {
        List<double[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(folder.resolve(name))) {
            if (!line.isBlank()) {
                String[] cells = line.split(",");
                double[] row = new double[cells.length];
                for (int i = 0; i < cells.length; i++) {
                    row[i] = Double.parseDouble(cells[i].strip());
                }
                rows.add(row);
            }
        }
        if (rows.isEmpty()) {
            throw new IOException(folder.resolve(name) + " holds no readings");
        }
        return rows.toArray(double[][]::new);
    }

    private static double[][] join(double[][] first, double[][] second) {
        double[][] joined = new double[Math.min(first.length, second.length)][];
        for (int i = 0; i < joined.length; i++) {
            joined[i] = new double[first[i].length + second[i].length];
            System.arraycopy(first[i], 0, joined[i], 0, first[i].length);
            System.arraycopy(second[i], 0, joined[i], first[i].length, second[i].length);
        }
        return joined;
    }
}
