package dev.ridgeline.hardware;

/** A tensor-core compute precision whose dense peak the roofline uses. */
public enum Precision {
    FP4, FP8, BF16;

    /** The next wider precision, which a GPU without this one falls back to; BF16 has none. */
    public Precision wider() {
        return switch (this) {
            case FP4 -> FP8;
            case FP8, BF16 -> BF16;
        };
    }
}
