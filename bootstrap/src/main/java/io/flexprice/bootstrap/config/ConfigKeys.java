package io.flexprice.bootstrap.config;

import java.util.Locale;

/** Config keys and the environment variables that override them. */
public final class ConfigKeys {

    public static final String ENV_PREFIX = "FLEXPRICE_";

    private ConfigKeys() {
    }

    /** {@code server.admin_address} -> {@code FLEXPRICE_SERVER_ADMIN_ADDRESS}. */
    public static String envName(String dottedKey) {
        return ENV_PREFIX + dottedKey.replace('.', '_').toUpperCase(Locale.ROOT);
    }

    /** How an error names a key: both spellings, so either can be searched for. */
    public static String describe(String dottedKey) {
        return dottedKey + " (" + envName(dottedKey) + ")";
    }
}
