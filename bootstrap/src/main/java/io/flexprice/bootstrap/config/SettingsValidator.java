package io.flexprice.bootstrap.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Checks bound settings and whether the chosen deployment mode can run with them. Every problem is
 * reported, each naming its key, so an operator fixes a configuration in one go.
 */
public final class SettingsValidator {

    /** The well-known key local mode accepts out of the box; no other mode may start with it. */
    public static final String DEVELOPMENT_API_KEY = "sk_local_flexprice_test_key";

    private static final Set<String> LOG_LEVELS = Set.of("trace", "debug", "info", "warn", "error", "off");
    private static final Set<String> SSL_MODES = Set.of("disable", "allow", "prefer", "require", "verify-ca",
            "verify-full");
    private static final Set<String> PLACEHOLDERS = Set.of("changeme", "change-me", "change_me", "placeholder",
            "secret", "password", "xxx", "todo", "replace-me", "replace_me");
    private static final int MIN_API_KEY_LENGTH = 32;

    private SettingsValidator() {
    }

    public static List<String> problems(FlexpriceSettings settings) {
        List<String> problems = new ArrayList<>();
        DeploymentMode mode = check(problems, "deployment.mode", settings::mode);
        check(problems, "server.address", settings::serverAddress);
        check(problems, "server.admin_address", settings::adminAddress);
        if (!LOG_LEVELS.contains(lower(settings.logging().level()))) {
            problems.add(ConfigKeys.describe("logging.level") + ": must be one of trace, debug, info, warn, error, off");
        }
        FlexpriceSettings.Postgres postgres = settings.postgres();
        if (postgres.port() < 1 || postgres.port() > 65_535) {
            problems.add(ConfigKeys.describe("postgres.port") + ": must be between 1 and 65535");
        }
        if (postgres.maxOpenConns() < 1) {
            problems.add(ConfigKeys.describe("postgres.max_open_conns") + ": must be at least 1");
        }
        if (postgres.maxIdleConns() < 0 || postgres.maxIdleConns() > postgres.maxOpenConns()) {
            problems.add(ConfigKeys.describe("postgres.max_idle_conns") + ": must be between 0 and max_open_conns");
        }
        if (postgres.connectTimeout() == null || postgres.connectTimeout().toMilliseconds() < 250) {
            problems.add(ConfigKeys.describe("postgres.connect_timeout") + ": must be a duration of at least 250ms, "
                    + "such as 10s");
        }
        if (isBlank(settings.local().dataDir())) {
            problems.add(ConfigKeys.describe("local.data_dir") + ": must name a directory");
        }
        if (!SSL_MODES.contains(lower(postgres.sslmode()))) {
            problems.add(ConfigKeys.describe("postgres.sslmode") + ": must be one of " + String.join(", ", SSL_MODES));
        }
        if (isBlank(settings.temporal().taskQueue())) {
            problems.add(ConfigKeys.describe("temporal.task_queue") + ": must not be empty");
        }
        if (settings.billing().interval() == null || settings.billing().interval().toMilliseconds() < 100) {
            problems.add(ConfigKeys.describe("billing.interval") + ": must be a duration of at least 100ms, such as 1m");
        }
        if (mode != null) {
            problems.addAll(modeProblems(mode, settings));
        }
        return problems;
    }

    private static List<String> modeProblems(DeploymentMode mode, FlexpriceSettings settings) {
        List<String> problems = new ArrayList<>();
        if (mode == DeploymentMode.LOCAL) {
            // local mode runs on its embedded defaults; a configured server it would ignore is a mistake
            unsupported(problems, "kafka.brokers", settings.kafka().brokers(), "Kafka adapter");
            unsupported(problems, "clickhouse.address", settings.clickhouse().address(), "ClickHouse adapter");
            unsupported(problems, "temporal.address", settings.temporal().address(), "Temporal adapter");
            if (isBlank(settings.auth().bootstrapApiKey())) {
                problems.add(ConfigKeys.describe("auth.bootstrap_api_key") + ": local mode needs a key to seed; "
                        + "the default is the development key " + DEVELOPMENT_API_KEY);
            }
            return problems;
        }
        problems.add(ConfigKeys.describe("deployment.mode") + ": mode '" + mode.wireValue()
                + "' is not available in this build yet: it needs " + (mode == DeploymentMode.TEMPORAL_WORKER
                ? "the Temporal adapter" : "the Kafka adapter") + ", which is not implemented yet. Run 'local' "
                + "meanwhile.");
        if (!settings.postgres().isExternal()) {
            problems.add(ConfigKeys.describe("postgres.host") + ": mode '" + mode.wireValue() + "' shares its state "
                    + "with other processes through an external Postgres; set its address");
        }
        String key = settings.auth().bootstrapApiKey();
        if (DEVELOPMENT_API_KEY.equals(key)) {
            problems.add(ConfigKeys.describe("auth.bootstrap_api_key") + ": is the well-known development key; "
                    + "only local mode accepts it. Unset it or set a secret of at least " + MIN_API_KEY_LENGTH
                    + " characters");
        } else if (!isBlank(key) && (isPlaceholder(key) || key.length() < MIN_API_KEY_LENGTH)) {
            problems.add(ConfigKeys.describe("auth.bootstrap_api_key") + ": looks like a placeholder; set a secret of "
                    + "at least " + MIN_API_KEY_LENGTH + " characters or unset it");
        }
        if (isPlaceholder(settings.postgres().password())) {
            problems.add(ConfigKeys.describe("postgres.password") + ": is a placeholder; set the real password");
        }
        return problems;
    }

    private static void unsupported(List<String> problems, String key, String value, String adapter) {
        if (!isBlank(value)) {
            problems.add(ConfigKeys.describe(key) + ": is set, but this build has no " + adapter
                    + " yet and local mode would ignore it; unset it to run local mode on its embedded defaults");
        }
    }

    private static boolean isPlaceholder(String value) {
        return value != null && PLACEHOLDERS.contains(value.trim().toLowerCase(Locale.ROOT));
    }

    private static <T> T check(List<String> problems, String key, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            problems.add(ConfigKeys.describe(key) + ": " + e.getMessage());
            return null;
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String lower(String value) {
        return value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
    }
}
