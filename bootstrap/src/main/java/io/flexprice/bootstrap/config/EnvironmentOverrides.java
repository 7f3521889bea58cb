package io.flexprice.bootstrap.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Applies {@code FLEXPRICE_<UPPER_SNAKE_PATH>} environment variables to the leaves of a configuration
 * tree: {@code server.address} is overridden by {@code FLEXPRICE_SERVER_ADDRESS}. Only keys that exist
 * in the defaults can be overridden; {@code FLEXPRICE_*} variables that name no key are reported so a
 * typo does not go unnoticed.
 */
public final class EnvironmentOverrides {

    /** Variables with the prefix that are not config keys (read by the launcher, not the application). */
    private static final List<String> NOT_CONFIG_KEYS = List.of("FLEXPRICE_JAVA_OPTS");

    private EnvironmentOverrides() {
    }

    /**
     * Overrides the leaves of {@code tree} in place.
     *
     * @return the {@code FLEXPRICE_*} variables that matched no key
     */
    public static List<String> apply(ObjectNode tree, Map<String, String> environment) {
        Map<String, String> keysByEnvName = new LinkedHashMap<>();
        collectLeaves(tree, "", keysByEnvName);
        for (Map.Entry<String, String> entry : keysByEnvName.entrySet()) {
            String value = environment.get(entry.getKey());
            if (value != null) {
                set(tree, entry.getValue(), value);
            }
        }
        List<String> unknown = new ArrayList<>();
        for (String name : new TreeSet<>(environment.keySet())) {
            if (name.startsWith(ConfigKeys.ENV_PREFIX) && !keysByEnvName.containsKey(name)
                    && !NOT_CONFIG_KEYS.contains(name)) {
                unknown.add(name);
            }
        }
        return unknown;
    }

    private static void collectLeaves(JsonNode node, String path, Map<String, String> keysByEnvName) {
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String key = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
            if (field.getValue().isObject()) {
                collectLeaves(field.getValue(), key, keysByEnvName);
            } else {
                keysByEnvName.put(ConfigKeys.envName(key), key);
            }
        }
    }

    private static void set(ObjectNode tree, String dottedKey, String value) {
        String[] parts = dottedKey.split("\\.");
        ObjectNode parent = tree;
        for (int i = 0; i < parts.length - 1; i++) {
            parent = (ObjectNode) parent.get(parts[i]);
        }
        parent.put(parts[parts.length - 1], value);
    }
}
