package dev.ridgeline.llm;

import dev.ridgeline.validation.Range;

/** Layers whose attention sees only the last {@code window} tokens, so their cache stops growing there. */
public record SlidingWindow(@Range(min = 1) int window, @Range(min = 1) int layers) {
}
