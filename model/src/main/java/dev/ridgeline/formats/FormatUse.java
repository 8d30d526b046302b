package dev.ridgeline.formats;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a number format stores: weights or the KV cache. */
public enum FormatUse {
    @JsonProperty("weights") WEIGHTS,
    @JsonProperty("kv") KV
}
