package dev.ridgeline.workbench;

import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.economics.GpuPrice;
import dev.ridgeline.hardware.Accelerator;
import dev.ridgeline.scenario.GpuPricing;
import dev.ridgeline.scenario.SystemSpec;
import java.util.Optional;

/** A system's catalog defaults (the values the controls reset to) and prices for newly added systems. */
final class SystemInputs {
    private final Catalog catalog;

    SystemInputs(Catalog catalog) {
        this.catalog = catalog;
    }

    Accelerator catalogAccelerator(SystemSpec spec) {
        return catalog.accelerator(spec.accelerator()).orElseThrow();
    }

    /** The on-demand and spot prices of the system's price sheet, ignoring what the user typed. */
    Optional<GpuPrice> sheetPrice(SystemSpec spec) {
        GpuPricing p = spec.price();
        if (p == null || p.priceSheet() == null) {
            return Optional.empty();
        }
        return catalog.priceSheet(p.priceSheet()).flatMap(s -> s.gpuPrice(spec.accelerator(), p.provider()));
    }

    /** A price for a newly added accelerator: the first sheet that quotes it. */
    Optional<GpuPricing> firstPrice(String acceleratorId) {
        return catalog.priceSheets().stream()
                .filter(s -> s.gpuPrice(acceleratorId, null).isPresent())
                .findFirst()
                .map(s -> new GpuPricing(s.id(), s.gpuPrice(acceleratorId, null).get().provider(), null, null, null));
    }
}
