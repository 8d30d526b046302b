package dev.ridgeline.validation;

import java.util.Collection;

/** The known name closest to a misspelt one, for "did you mean" hints. */
public final class Closest {
    /** Names longer than this are no typo of a known one. */
    static final int MAX_NAME_CHARS = 200;

    private Closest() {
    }

    /** Null when nothing is close enough to be a plausible typo. */
    public static String among(String name, Collection<String> known) {
        if (name == null || name.length() > MAX_NAME_CHARS) {
            return null; // no id is that long, and the edit distance of a huge string costs seconds
        }
        // "b200" most likely means "b200-hgx", not the one-letter-off "gb200": a prefix wins first
        String prefixed = known.stream()
                .filter(k -> k.toLowerCase().startsWith(name.toLowerCase()) && name.length() >= 2)
                .min((a, b) -> Integer.compare(a.length(), b.length())).orElse(null);
        if (prefixed != null) {
            return prefixed;
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int distance = distance(name.toLowerCase(), candidate.toLowerCase());
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        int tolerance = Math.max(2, name.length() / 3);
        return bestDistance <= tolerance ? best : null;
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
