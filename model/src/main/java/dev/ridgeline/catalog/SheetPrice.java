package dev.ridgeline.catalog;

import dev.ridgeline.economics.GpuPrice;
import dev.ridgeline.economics.PriceSheet;

/** One listing of an accelerator's price together with the sheet (source and date) that lists it. */
public record SheetPrice(PriceSheet sheet, GpuPrice price) {
}
