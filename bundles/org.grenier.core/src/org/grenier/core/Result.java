package org.grenier.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The outcome of a core operation: a value with a status, never {@code null} for "it failed". */
public record Result<T>(Severity severity, T value, String message, List<String> details) {

    /** How an operation ended, from the user's point of view. */
    public enum Severity { OK, WARNING, ERROR }

    public Result {
        Objects.requireNonNull(severity, "severity");
        details = List.copyOf(details);
        if (severity == Severity.ERROR && (message == null || message.isBlank())) {
            throw new IllegalArgumentException("an error result needs a message a user can act on");
        }
        if (severity != Severity.ERROR) {
            Objects.requireNonNull(value, "value");
        }
    }

    public static <T> Result<T> ok(T value) {
        return new Result<>(Severity.OK, value, "", List.of());
    }

    public static <T> Result<T> warning(T value, String message, List<String> details) {
        return new Result<>(Severity.WARNING, value, message, details);
    }

    public static <T> Result<T> error(String message) {
        return new Result<>(Severity.ERROR, null, message, List.of());
    }

    public boolean failed() {
        return severity == Severity.ERROR;
    }

    public Optional<T> asOptional() {
        return Optional.ofNullable(value);
    }

    /** The value, or an exception carrying this result's message when it failed. */
    public T orElseThrow() {
        if (failed()) {
            throw new IllegalStateException(message);
        }
        return value;
    }

    /** The value turned into another, or this failure; a warning's message stays with the new value. */
    public <U> Result<U> map(java.util.function.Function<? super T, ? extends U> change) {
        if (failed()) {
            return error(message);
        }
        U changed = change.apply(value);
        return severity == Severity.WARNING ? warning(changed, message, details) : ok(changed);
    }

    /** The next step on the value, or this failure. */
    public <U> Result<U> flatMap(java.util.function.Function<? super T, Result<U>> next) {
        return failed() ? error(message) : next.apply(value);
    }
}
