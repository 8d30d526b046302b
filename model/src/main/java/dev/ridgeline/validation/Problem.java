package dev.ridgeline.validation;

/** One thing wrong with an input, located by its JSON path: {@code systems[1].price.spot: must be ≥ 0, was -2}. */
public record Problem(String path, String message) {
    /** A path or message longer than this is cut: what they quote of the input is capped already, this is a backstop. */
    static final int MAX_PATH_CHARS = 400;
    static final int MAX_MESSAGE_CHARS = 2000;

    public Problem {
        path = path == null ? "" : cut(path, MAX_PATH_CHARS);
        message = message == null ? "" : cut(message, MAX_MESSAGE_CHARS);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "…";
    }

    @Override
    public String toString() {
        return path.isEmpty() ? message : path + ": " + message;
    }
}
