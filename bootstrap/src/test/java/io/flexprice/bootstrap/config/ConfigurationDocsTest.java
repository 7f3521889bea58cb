package io.flexprice.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** docs/configuration.md documents every key the defaults define, with its environment variable. */
class ConfigurationDocsTest {

    @Test
    void every_key_and_its_variable_is_documented() throws Exception {
        String docs = Files.readString(Path.of("..", "docs", "configuration.md"));
        List<String> keys = new ArrayList<>();
        collect(new FlexpriceConfigurationFactory(Map.of()).readDefaults(), "", keys);

        assertThat(keys).isNotEmpty();
        for (String key : keys) {
            assertThat(docs).as("docs/configuration.md documents " + key)
                    .contains("| `" + key + "` | `" + ConfigKeys.envName(key) + "` |");
        }
    }

    private static void collect(JsonNode node, String path, List<String> keys) {
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String key = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
            if (field.getValue().isObject()) {
                collect(field.getValue(), key, keys);
            } else {
                keys.add(key);
            }
        }
    }
}
