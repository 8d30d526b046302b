package dev.ridgeline.validation;

/** One thing wrong with an input, located by its JSON path: {@code systems[1].price.spot: must be ≥ 0, was -2}. */
public record Problem(String path, String message) {
    @Override
    public String toString() {
        return path.isEmpty() ? message : path + ": " + message;
    }
}
