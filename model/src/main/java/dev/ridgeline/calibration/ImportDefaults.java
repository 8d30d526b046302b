package dev.ridgeline.calibration;

/**
 * What a benchmark file does not record about the system it ran on, given alongside it: a {@code vllm bench serve}
 * result names the model it asked for and the load it offered, but not the accelerator, the number formats or how
 * the server split the model. Each component is null when not given. Values the file itself records (through
 * {@code vllm bench serve --metadata KEY=VALUE}) win over these.
 *
 * @param accelerator  catalog accelerator id, e.g. {@code h100-sxm}
 * @param model        catalog model id, e.g. {@code llama-3.3-70b}; otherwise inferred from the file's model_id
 * @param weightFormat catalog weight format id, e.g. {@code fp8}
 * @param kvFormat     catalog KV-cache format id, e.g. {@code fp8-kv}
 * @param gpus         GPUs the throughput was measured on (all replicas); default TP × DP (one replica)
 * @param tp           tensor-parallel degree; default the GPU count ÷ DP (all tensor-parallel)
 * @param ep           expert-parallel degree (MoE only); default 1
 * @param dp           data-parallel attention groups (MoE only); default 1
 */
public record ImportDefaults(String accelerator, String model, String weightFormat, String kvFormat, Integer gpus,
        Integer tp, Integer ep, Integer dp) {

    /** Nothing given: the file must carry everything. */
    public static final ImportDefaults NONE = new ImportDefaults(null, null, null, null, null, null, null, null);

    /** Whether nothing at all is given. */
    public boolean isEmpty() {
        return equals(NONE);
    }
}
