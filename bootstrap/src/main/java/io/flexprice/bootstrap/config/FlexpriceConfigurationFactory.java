package io.flexprice.bootstrap.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.dropwizard.configuration.ConfigurationException;
import io.dropwizard.configuration.ConfigurationFactory;
import io.dropwizard.configuration.ConfigurationSourceProvider;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the configuration in three layers: the defaults in the classpath's {@code config.yaml}, then
 * the file named on the command line (if any), then {@code FLEXPRICE_*} environment variables.
 */
public final class FlexpriceConfigurationFactory implements ConfigurationFactory<FlexpriceConfiguration> {

    public static final String DEFAULTS = "config.yaml";
    private static final Logger LOG = LoggerFactory.getLogger(FlexpriceConfigurationFactory.class);

    private final Map<String, String> environment;
    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    public FlexpriceConfigurationFactory(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    @Override
    public FlexpriceConfiguration build() throws IOException, ConfigurationException {
        return build(null, null);
    }

    @Override
    public FlexpriceConfiguration build(ConfigurationSourceProvider provider, String path)
            throws IOException, ConfigurationException {
        ObjectNode tree = readDefaults();
        String source = DEFAULTS;
        if (path != null && provider != null) {
            try (InputStream in = provider.open(path)) {
                JsonNode file = yaml.readTree(in);
                if (file != null && file.isObject()) {
                    merge(tree, (ObjectNode) file, "", path);
                }
            }
            source = path;
        }
        List<String> unknown = EnvironmentOverrides.apply(tree, environment);
        if (!unknown.isEmpty()) {
            LOG.warn("ignoring environment variables that name no config key: {}", unknown);
        }
        FlexpriceSettings settings = bind(tree, source);
        List<String> problems = SettingsValidator.problems(settings);
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException(source, problems);
        }
        return new FlexpriceConfiguration(settings);
    }

    /** The defaults as shipped, before any file or environment override; docs and tests read them. */
    public ObjectNode readDefaults() throws IOException {
        try (InputStream in = FlexpriceConfigurationFactory.class.getClassLoader().getResourceAsStream(DEFAULTS)) {
            if (in == null) {
                throw new IOException(DEFAULTS + " is missing from the classpath");
            }
            return (ObjectNode) yaml.readTree(in);
        }
    }

    private FlexpriceSettings bind(ObjectNode tree, String source) throws ConfigurationException {
        try {
            return yaml.treeToValue(tree, FlexpriceSettings.class);
        } catch (UnrecognizedPropertyException e) {
            throw new InvalidConfigurationException(source, List.of("unknown config key " + path(e)), e);
        } catch (JsonMappingException e) {
            String key = path(e);
            throw new InvalidConfigurationException(source,
                    List.of(ConfigKeys.describe(key) + ": " + e.getOriginalMessage()), e);
        } catch (JsonProcessingException e) {
            throw new InvalidConfigurationException(source, List.of(e.getOriginalMessage()), e);
        }
    }

    /** Copies the file's values over the defaults; a key the defaults do not have is an error. */
    private static void merge(ObjectNode target, ObjectNode overlay, String path, String source)
            throws ConfigurationException {
        for (Map.Entry<String, JsonNode> field : overlay.properties()) {
            String key = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
            JsonNode existing = target.get(field.getKey());
            if (existing == null) {
                throw new InvalidConfigurationException(source, List.of("unknown config key " + key));
            }
            if (existing.isObject() && field.getValue().isObject()) {
                merge((ObjectNode) existing, (ObjectNode) field.getValue(), key, source);
            } else {
                target.set(field.getKey(), field.getValue());
            }
        }
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream().map(JsonMappingException.Reference::getFieldName)
                .filter(name -> name != null).collect(Collectors.joining("."));
    }
}
