package dev.ridgeline.audit;

/** Whether Ridgeline's figure lies within the article's own rounding of the article's figure. */
public enum Verdict {
    AGREES, DIFFERS
}
