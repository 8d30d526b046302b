package dev.ridgeline.validation;

/** What a refusal may quote of the user's input: at most {@link #MAX_CHARS} characters, then "…" (issue 13: a 4 MB name). */
public final class Quote {
    /** A message quotes this many characters of a value at most. */
    public static final int MAX_CHARS = 80;

    private Quote() {
    }

    /** The text cut to {@link #MAX_CHARS} characters with "…" after, or whole when it is short enough. */
    public static String cap(String text) {
        if (text == null) {
            return "null";
        }
        if (text.length() <= MAX_CHARS) {
            return text;
        }
        int end = MAX_CHARS;
        // never split a surrogate pair
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    /** The capped text in double quotes: {@code "h200-sx"}. */
    public static String of(String text) {
        return "\"" + cap(text) + "\"";
    }
}
