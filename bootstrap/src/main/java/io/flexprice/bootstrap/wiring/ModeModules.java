package io.flexprice.bootstrap.wiring;

import com.google.inject.Module;
import io.flexprice.bootstrap.config.DeploymentMode;
import java.time.Clock;
import java.util.List;

/**
 * The fixed list of Guice modules each deployment mode runs. Modes are chosen here, once; no module
 * looks at the mode.
 */
public final class ModeModules {

    private ModeModules() {
    }

    public static List<Module> forMode(DeploymentMode mode, Clock clock, DropwizardModule dropwizard,
                                       PostgresStorageModule storage) {
        return switch (mode) {
            case LOCAL -> List.of(new CoreModule(clock), storage, new InProcessMessagingModule(), dropwizard);
            // configuration validation refuses these modes before wiring starts; see SettingsValidator
            case API, CONSUMER, TEMPORAL_WORKER -> throw new IllegalStateException(
                    "deployment mode " + mode.wireValue() + " has no adapters in this build");
        };
    }

    /** Whether the mode serves the HTTP API (every mode serves /health). */
    public static boolean servesApi(DeploymentMode mode) {
        return mode == DeploymentMode.LOCAL || mode == DeploymentMode.API;
    }
}
