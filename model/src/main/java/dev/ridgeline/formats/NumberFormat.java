package dev.ridgeline.formats;

import dev.ridgeline.hardware.Precision;
import dev.ridgeline.validation.Optional;
import dev.ridgeline.validation.Range;
import dev.ridgeline.validation.RecordRules;

/**
 * A storage format for weights or KV cache, with its true cost per value including block scales
 * (NVFP4: 4 + 8/16 = 4.5 bits) and the compute precision whose peak applies.
 */
public record NumberFormat(
        String id,
        String name,
        @Range(min = 1, max = 32) double elementBits,
        @Range(min = 0, max = 1_000_000) int blockSize,
        @Range(min = 0, max = 64) double scaleBitsPerBlock,
        @Range(min = 1, max = 32) double bitsPerValue,
        Precision computePrecision,
        FormatUse use,
        @Optional Boolean embeddingsInBf16,
        String source,
        @Optional String notes) {

    public NumberFormat {
        RecordRules.require(NumberFormat.class, "format", id, name, elementBits, blockSize, scaleBitsPerBlock,
                bitsPerValue, computePrecision, use, embeddingsInBf16, source, notes);
    }

    public double bytesPerValue() {
        return bitsPerValue / 8.0;
    }

    /** What elementBits, block size and scale bits imply; the catalog's bitsPerValue must agree. */
    public double impliedBitsPerValue() {
        return elementBits + (blockSize == 0 ? 0 : scaleBitsPerBlock / blockSize);
    }

    /** Embedding and lm_head stay BF16 under quantised weight formats unless the format says otherwise. */
    public boolean keepsEmbeddingsInBf16() {
        return embeddingsInBf16 != null && embeddingsInBf16;
    }
}
