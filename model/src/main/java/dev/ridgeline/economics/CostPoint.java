package dev.ridgeline.economics;

/** One point of the cost frontier: $/M output tokens at an interactivity (modeled throughput). */
public record CostPoint(int batch, double tokensPerSecPerUser, Double onDemandPerMillion, Double spotPerMillion) {
}
