package dev.ridgeline.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ridgeline.evaluation.ScenarioResults;
import dev.ridgeline.evaluation.SystemOutcome;
import dev.ridgeline.serving.FrontierPoint;
import dev.ridgeline.serving.SystemResults;
import dev.ridgeline.validation.JsonDocuments;

/** The metrics as JSON; every key names its unit. */
final class MetricsJson {
    private MetricsJson() {
    }

    static ObjectNode of(ScenarioResults results) {
        ObjectNode root = JsonDocuments.mapper().createObjectNode();
        root.put("scenario", results.scenario().name());
        ArrayNode systems = root.putArray("systems");
        for (SystemOutcome o : results.systems()) {
            systems.add(system(o));
        }
        return root;
    }

    static ObjectNode system(SystemOutcome o) {
        SystemResults r = o.physics();
        ObjectNode s = JsonDocuments.mapper().createObjectNode();
        s.put("label", r.label());
        s.put("accelerator", r.config().accelerator().id());
        s.put("model", r.config().model().id());
        s.put("weightFormat", r.config().weightFormat().id());
        s.put("kvFormat", r.config().kvFormat().id());
        s.put("gpusPerReplica", r.config().gpus());
        s.put("fits", r.fits());
        s.put("weightsGB", r.weightsGB());
        s.put("decodeFloorMs", r.decodeFloorMs());
        s.put("ceilingTokensPerSecPerUser", r.ceilingTokensPerSecPerUser());
        s.put("kvBytesPerToken", r.memory().kvBytesPerToken());
        s.put("kvBudgetGB", r.kvBudgetGB());
        s.put("kvTokenCapacity", r.memory().tokenCapacity());
        s.put("maxConcurrency", r.memory().concurrency());
        s.put("computePrecision", r.precision().name());
        s.put("ridgeFlopPerByte", r.ridgeFlopPerByte());
        s.put("prefillCeilingTokensPerSec", r.prefillCeilingTokensPerSecPerGpu());
        s.put("ttftMs", r.ttftSeconds() * 1e3);
        if (r.atTarget().isPresent()) {
            FrontierPoint p = r.atTarget().get();
            ObjectNode t = s.putObject("atTarget");
            t.put("interactivity", p.tokensPerSecPerUser());
            t.put("batch", p.batch());
            t.put("outputTokensPerSecPerGpu", p.outputTokensPerSecPerGpu());
            t.put("stepMs", p.stepMs());
        } else {
            s.putNull("atTarget");
        }
        if (!r.verdict().isEmpty()) {
            s.put("verdict", r.verdict());
        }
        return s;
    }
}
