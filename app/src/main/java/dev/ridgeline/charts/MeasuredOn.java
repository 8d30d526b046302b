package dev.ridgeline.charts;

import dev.ridgeline.calibration.Measurement;
import dev.ridgeline.scenario.MeasuredThroughput;
import java.util.Locale;

/**
 * What a measured point on the frontier was measured on, short for its label ("8×H100 TP2, TRT-LLM") and in full
 * for its hover text. Published figures are per GPU of the server measured — often eight GPUs with other
 * parallelism and engine than the one replica modeled — which is why they may sit well off the curve.
 */
final class MeasuredOn {
    private MeasuredOn() {
    }

    /** "8×H100 TP2, TRT-LLM", "1×B200, vLLM". */
    static String label(Measurement m) {
        return m.gpus() + "×" + part(m.accelerator()) + parallelism(m) + (m.engine() == null ? ""
                : ", " + engine(m.engine()));
    }

    /** "1×B200, pinned". */
    static String label(MeasuredThroughput pin, int modeledGpus) {
        int gpus = pin.gpusPerReplica() != null ? pin.gpusPerReplica() : modeledGpus;
        return gpus + "×" + (pin.accelerator() == null ? "GPU" : part(pin.accelerator())) + ", pinned";
    }

    /**
     * "measured on 8 × h100-sxm (TP2), TensorRT-LLM, fp8 weights: per GPU of that server; the curve is one 1-GPU
     * replica".
     */
    static String full(Measurement m, int modeledGpus) {
        StringBuilder s = new StringBuilder("measured on ").append(m.gpus()).append(" × ").append(m.accelerator());
        String par = parallelism(m).trim();
        if (!par.isEmpty()) {
            s.append(" (").append(par).append(')');
        }
        if (m.engine() != null) {
            s.append(", ").append(m.engine());
        }
        if (m.weightFormat() != null) {
            s.append(", ").append(m.weightFormat()).append(" weights");
        }
        // the workload it ran, which may not be the scenario's (a 128/128 benchmark beside 8,000-token RAG prompts)
        if (m.inputTokens() != null && m.outputTokens() != null) {
            s.append(String.format(Locale.ROOT, ", at %,d in / %,d out tokens", m.inputTokens(), m.outputTokens()));
        } else if (m.outputTokens() != null || m.inputTokens() != null) {
            s.append(String.format(Locale.ROOT, ", at %,d %s tokens",
                    m.outputTokens() != null ? m.outputTokens() : m.inputTokens(),
                    m.outputTokens() != null ? "out" : "in"));
        }
        s.append(": per GPU of that ").append(m.gpus()).append("-GPU server");
        return s.append("; the curve is one ").append(modeledGpus).append("-GPU replica").toString();
    }

    /** "measured on 1 × b200-hgx, nvfp4 weights". */
    static String full(MeasuredThroughput pin, int modeledGpus) {
        int gpus = pin.gpusPerReplica() != null ? pin.gpusPerReplica() : modeledGpus;
        return "measured on " + gpus + " × " + (pin.accelerator() == null ? "the system" : pin.accelerator())
                + (pin.weightFormat() == null ? "" : ", " + pin.weightFormat() + " weights");
    }

    /** "h100-sxm" → "H100", "mi300x" → "MI300X". */
    static String part(String acceleratorId) {
        int dash = acceleratorId.indexOf('-');
        return (dash > 0 ? acceleratorId.substring(0, dash) : acceleratorId).toUpperCase(Locale.ROOT);
    }

    private static String parallelism(Measurement m) {
        if (m.parallelism() == null) {
            return "";
        }
        var p = m.parallelism().resolve();
        return (p.tp() > 1 ? " TP" + p.tp() : "") + (p.ep() > 1 ? " EP" + p.ep() : "") + (p.dp() > 1 ? " DP" + p.dp()
                : "");
    }

    /** "TensorRT-LLM (TP2 x 4)" → "TRT-LLM"; "vLLM (InferenceMAX default …)" → "vLLM". */
    static String engine(String engine) {
        int paren = engine.indexOf(" (");
        String name = paren > 0 ? engine.substring(0, paren) : engine;
        return name.replace("TensorRT-LLM", "TRT-LLM");
    }
}
