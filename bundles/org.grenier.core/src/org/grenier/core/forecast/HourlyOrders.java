package org.grenier.core.forecast;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * Orders per hour for delivery operations, oldest first, one row per consecutive hour, with the outdoor temperature
 * of each hour (NaN where none was recorded).
 */
public record HourlyOrders(List<LocalDateTime> hours, double[] orders, double[] temperatures) {

    public HourlyOrders {
        hours = List.copyOf(hours);
        Objects.requireNonNull(orders, "orders");
        Objects.requireNonNull(temperatures, "temperatures");
        if (orders.length != hours.size() || temperatures.length != hours.size()) {
            throw new IllegalArgumentException(hours.size() + " hours, " + orders.length + " order counts and "
                    + temperatures.length + " temperatures: one of each per hour is needed");
        }
        orders = orders.clone();
        temperatures = temperatures.clone();
    }

    public int size() {
        return orders.length;
    }

    public double orders(int hour) {
        return orders[hour];
    }

    public double temperature(int hour) {
        return temperatures[hour];
    }

    @Override
    public double[] orders() {
        return orders.clone();
    }

    @Override
    public double[] temperatures() {
        return temperatures.clone();
    }
}
