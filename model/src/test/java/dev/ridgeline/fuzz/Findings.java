package dev.ridgeline.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/** What a fuzz run met: counts by outcome, and the first failures of each kind with the iteration that gives them. */
final class Findings {
    private static final int KEPT_PER_KIND = 3;

    private final Map<String, AtomicLong> counts = new TreeMap<>();
    private final Map<String, List<String>> failures = new TreeMap<>();
    private long failureCount;

    synchronized void count(String outcome) {
        counts.computeIfAbsent(outcome, k -> new AtomicLong()).incrementAndGet();
    }

    /** A failure of {@code kind} at iteration {@code index}: kept (the first few per kind) and counted. */
    synchronized void fail(String kind, int index, String detail) {
        failureCount++;
        List<String> kept = failures.computeIfAbsent(kind, k -> new ArrayList<>());
        if (kept.size() < KEPT_PER_KIND) {
            String text = detail.replace('\n', ' ').replaceAll("(.)\\1{40,}", "$1$1$1…");
            kept.add("#" + index + ": " + (text.length() <= 600 ? text : text.substring(0, 600) + "… ["
                    + text.length() + " chars]"));
        }
    }

    synchronized long failureCount() {
        return failureCount;
    }

    synchronized String report(String what, long iterations, long nanos) {
        StringBuilder s = new StringBuilder(String.format("%s: %,d in %.1f s (%,.0f/s); %s", what, iterations,
                nanos / 1e9, iterations / (nanos / 1e9), counts));
        failures.forEach((kind, list) -> s.append("\n  ").append(kind).append(": ").append(list));
        return s.toString();
    }
}
