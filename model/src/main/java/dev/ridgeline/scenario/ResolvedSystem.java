package dev.ridgeline.scenario;

import dev.ridgeline.serving.SystemConfig;

/**
 * A scenario's system with its catalog references resolved: the physics inputs and the prices (USD per
 * GPU-hour; null where neither the sheet nor the user gives one).
 */
public record ResolvedSystem(
        SystemSpec spec,
        SystemConfig config,
        Double onDemandPerHour,
        Double spotPerHour,
        Double reservedPerHour,
        String priceSource,
        MeasuredThroughput measured) {
}
