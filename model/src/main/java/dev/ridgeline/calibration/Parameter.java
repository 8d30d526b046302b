package dev.ridgeline.calibration;

/**
 * One parameter of the step model a calibration can fit, with the physical bounds the fitter keeps it in.
 *
 * @param key          the {@link Calibration} key
 * @param description  what it is, in words
 * @param defaultValue the model's uncalibrated value
 * @param lower        smallest physical value
 * @param upper        largest physical value
 */
public record Parameter(String key, String description, double defaultValue, double lower, double upper) {
    public double clamp(double v) {
        return Math.max(lower, Math.min(upper, v));
    }
}
