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

    public java.util.Optional<GpuPrice> gpuPrice(String acceleratorId) {
        return gpuPrices.stream().filter(p -> p.accelerator().equals(acceleratorId)).findFirst();
    }
}
