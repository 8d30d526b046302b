package dev.ridgeline.fuzz;

/**
 * How much a fuzz run does, from system properties: {@code mvn verify} runs a bounded slice, the {@code fuzz} Maven
 * profile the full run. Every iteration's generator is seeded by (seed, index), so a failure names the index that
 * reproduces it and the run is the same sequential or parallel.
 */
record FuzzBudget(long seed, int files, int combinations, boolean parallel) {
    static FuzzBudget fromSystemProperties() {
        return new FuzzBudget(Long.getLong("ridgeline.fuzz.seed", 13L),
                Integer.getInteger("ridgeline.fuzz.files", 10_000),
                Integer.getInteger("ridgeline.fuzz.combinations", 10_000),
                Boolean.parseBoolean(System.getProperty("ridgeline.fuzz.parallel", "false")));
    }

    /** The generator of iteration {@code index}: independent of every other iteration. */
    java.util.SplittableRandom random(String stream, int index) {
        return new java.util.SplittableRandom(seed * 0x9E3779B97F4A7C15L + stream.hashCode() * 1_000_003L + index);
    }
}
