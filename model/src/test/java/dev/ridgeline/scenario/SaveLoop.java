package dev.ridgeline.scenario;

import dev.ridgeline.catalog.Catalog;
import java.nio.file.Path;

/** Saves two ~1 MB versions of a scenario alternately, forever: AtomicSaveTest kills it mid-save. */
public final class SaveLoop {
    /** Characters of description: ~3.6 MB files, under the 4 MiB read limit, so each write takes a while. */
    static final int SIZE = 1_800_000;

    private SaveLoop() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Scenario base = ScenarioFiles.defaultScenario(Catalog.builtIn());
        Scenario a = version(base, "A");
        Scenario b = version(base, "B");
        ScenarioFiles.write(a, file);
        System.out.println("ready");
        System.out.flush();
        for (long i = 0; ; i++) {
            ScenarioFiles.write(i % 2 == 0 ? b : a, file);
        }
    }

    /** A large description makes each write long enough to be killed in the middle of. */
    static Scenario version(Scenario base, String tag) {
        return new Scenario(base.schemaVersion(), "version " + tag, tag.repeat(SIZE), base.workload(),
                base.systems(), base.baseline(), base.economics(), null, null, null);
    }
}
