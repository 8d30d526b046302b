package dev.ridgeline.cli;

import dev.ridgeline.app.BuildInfo;
import picocli.CommandLine.IVersionProvider;

/** What `ridgeline --version` prints. */
public final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"Ridgeline " + BuildInfo.version(), "Java " + System.getProperty("java.version")};
    }
}
