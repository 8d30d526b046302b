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

    /**
     * A price for a newly added accelerator: its listing on the newest price sheet (by date) that quotes it, as a
     * reference to that sheet and provider so the card and the assumptions name the source; empty when no sheet does.
     */
    Optional<GpuPricing> newestPrice(String acceleratorId) {
        return catalog.newestPriceFor(acceleratorId)
                .map(p -> new GpuPricing(p.sheet().id(), p.price().provider(), null, null, null));
    }
}
