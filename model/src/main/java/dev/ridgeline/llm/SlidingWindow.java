package dev.ridgeline.llm;

import dev.ridgeline.validation.Range;
import dev.ridgeline.validation.RecordRules;

/** Layers whose attention sees only the last {@code window} tokens, so their cache stops growing there. */
public record SlidingWindow(@Range(min = 1, max = 1_000_000_000) int window, @Range(min = 1, max = 1000) int layers) {
    public SlidingWindow {
        RecordRules.require(SlidingWindow.class, "slidingWindow", window, layers);
    }
}
