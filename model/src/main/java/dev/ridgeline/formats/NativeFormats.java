package dev.ridgeline.formats;

import dev.ridgeline.hardware.Accelerator;
import dev.ridgeline.hardware.Precision;
import java.util.Locale;
import java.util.Optional;

/**
 * Which weight formats an accelerator runs natively, from its vendor and its dense peaks: a part computes a format
 * natively when its tensor cores have the format's precision, NVFP4 is NVIDIA's (Blackwell) format, and the OCP MX
 * formats need the block-scaled tensor cores that came with FP4 (Blackwell, CDNA4). BF16 runs everywhere.
 * The serving model still computes an unsupported format at the nearest peak the part has; this only says that a
 * real deployment could not use the format as chosen.
 */
public final class NativeFormats {
    private NativeFormats() {
    }

    /**
     * The weight format a new system on this accelerator should start with: NVIDIA with FP4 (Blackwell) nvfp4,
     * another part with FP4 (AMD CDNA4) mxfp4, a part with FP8 (Hopper, Ada, CDNA3, Gaudi 3) fp8, else bf16
     * (A100, TPU). Returns the catalog id.
     */
    public static String nativeWeightFormat(Accelerator accelerator) {
        if (has(accelerator, Precision.FP4)) {
            return isNvidia(accelerator) ? "nvfp4" : "mxfp4";
        }
        return has(accelerator, Precision.FP8) ? "fp8" : "bf16";
    }

    /** Whether the accelerator runs the format natively. */
    public static boolean runsNatively(Accelerator accelerator, NumberFormat format) {
        return reason(accelerator, format).isEmpty();
    }

    /**
     * Why the accelerator cannot run the format natively, as a sentence naming both ("Instinct MI355X 288GB does
     * not run NVFP4 natively (NVFP4 is NVIDIA's format; AMD parts do not have it)"); empty when it can.
     */
    public static Optional<String> warning(Accelerator accelerator, NumberFormat format) {
        return reason(accelerator, format).map(why -> shortName(accelerator) + " does not run "
                + shortName(format) + " natively (" + why + ")");
    }

    private static Optional<String> reason(Accelerator accelerator, NumberFormat format) {
        String name = format.name().toUpperCase(Locale.ROOT);
        boolean nvfp4 = name.startsWith("NVFP4") || format.id().startsWith("nvfp4");
        boolean mx = name.startsWith("MX") || format.id().startsWith("mx");
        Precision precision = format.computePrecision();
        if (nvfp4 && !isNvidia(accelerator)) {
            return Optional.of("NVFP4 is NVIDIA's format; " + accelerator.vendor() + " parts do not have it");
        }
        if (precision == Precision.FP4 && !has(accelerator, Precision.FP4)) {
            return Optional.of("no FP4 tensor cores");
        }
        if (precision == Precision.FP8 && !has(accelerator, Precision.FP8)) {
            return Optional.of("no FP8 tensor cores");
        }
        if (mx && !has(accelerator, Precision.FP4)) {
            return Optional.of("no block-scaled MX tensor cores");
        }
        return Optional.empty();
    }

    private static boolean has(Accelerator accelerator, Precision precision) {
        return accelerator.denseTflops().containsKey(precision);
    }

    private static boolean isNvidia(Accelerator accelerator) {
        return accelerator.vendor() != null && accelerator.vendor().equalsIgnoreCase("NVIDIA");
    }

    /** The accelerator's name without the vendor ("B200 180GB (HGX/DGX B200, as sold)"). */
    public static String shortName(Accelerator accelerator) {
        return accelerator.name().replace("NVIDIA ", "").replace("AMD ", "");
    }

    /** The format's name up to its first space ("NVFP4", "FP8"). */
    public static String shortName(NumberFormat format) {
        return format.name().split(" ")[0];
    }
}
