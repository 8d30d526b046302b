package dev.ridgeline.scenario;

import dev.ridgeline.serving.SystemConfig;

/**
 * A scenario's system with its catalog references resolved: the physics inputs and the prices (USD per
 * GPU-hour; null where neither the sheet nor the user gives one).
 *
 * @param modelBasis "calibrated" when a calibration profile set some of its efficiencies or overheads, else
 *                   "roofline" (the model's uncalibrated defaults)
 */
public record ResolvedSystem(
        SystemSpec spec,
        SystemConfig config,
        Double onDemandPerHour,
        Double spotPerHour,
        Double reservedPerHour,
        String priceSource,
        MeasuredThroughput measured,
        String modelBasis) {
}
