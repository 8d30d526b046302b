package dev.ridgeline.economics;

import dev.ridgeline.validation.Optional;
import java.util.List;

/** Prices as one source quoted them on one date. */
public record PriceSheet(
        String id,
        String name,
        String date,
        String source,
        @Optional String notes,
        List<GpuPrice> gpuPrices,
        List<ApiPrice> apiPrices) {

    public PriceSheet {
        gpuPrices = gpuPrices == null ? List.of() : List.copyOf(gpuPrices);
        apiPrices = apiPrices == null ? List.of() : List.copyOf(apiPrices);
    }

    /** The first price for the accelerator, from {@code provider} when one is named. */
    public java.util.Optional<GpuPrice> gpuPrice(String acceleratorId, String provider) {
        return gpuPrices.stream()
                .filter(p -> p.accelerator().equals(acceleratorId))
                .filter(p -> provider == null || p.provider().equals(provider))
                .findFirst();
    }
}
