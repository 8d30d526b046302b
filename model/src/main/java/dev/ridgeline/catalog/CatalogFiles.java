package dev.ridgeline.catalog;

import dev.ridgeline.calibration.Measurement;
import dev.ridgeline.economics.PriceSheet;
import dev.ridgeline.formats.NumberFormat;
import dev.ridgeline.hardware.Accelerator;
import dev.ridgeline.llm.LanguageModel;
import dev.ridgeline.validation.Range;
import java.util.List;

/** The shapes of the catalog files in assets/catalog and assets/reference. */
final class CatalogFiles {
    private CatalogFiles() {
    }

    record Accelerators(@Range(min = 1) int schemaVersion, List<Accelerator> accelerators) {
    }

    record Models(@Range(min = 1) int schemaVersion, List<LanguageModel> models) {
    }

    record Formats(@Range(min = 1) int schemaVersion, List<NumberFormat> formats) {
    }

    record PriceSheets(@Range(min = 1) int schemaVersion, List<PriceSheet> priceSheets) {
    }

    record Measurements(@Range(min = 1) int schemaVersion, List<Measurement> measurements) {
    }
}
