package io.flexprice.adapters.http;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.jackson.TypeNameResolver;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * swagger-core's model resolver on the wire's mapper ({@link JsonConfig}), with two changes: a nested record is
 * named after its enclosing class too ({@code PriceResponseTier}, not {@code Tier}, which several responses
 * have), and a name that two classes would share fails the build instead of one silently replacing the other;
 * {@code Object} and {@code JsonNode} (metadata and event property values) are any JSON value, not an object.
 */
final class WireModelResolver extends ModelResolver {

    WireModelResolver(ObjectMapper wire) {
        super(wire, new NestedTypeNames());
    }

    @Override
    public Schema resolve(AnnotatedType annotatedType, ModelConverterContext context, Iterator<ModelConverter> next) {
        JavaType type = _mapper.constructType(annotatedType.getType());
        Class<?> raw = type.getRawClass();
        if (raw == Object.class || JsonNode.class.isAssignableFrom(raw)) {
            return new Schema<>().description(annotatedType.getPropertyName() == null ? null : "any JSON value");
        }
        return super.resolve(annotatedType, context, next);
    }

    private static final class NestedTypeNames extends TypeNameResolver {

        private final Map<String, Class<?>> named = new ConcurrentHashMap<>();

        @Override
        protected String getNameOfClass(Class<?> type) {
            StringBuilder name = new StringBuilder(type.getSimpleName());
            for (Class<?> outer = type.getEnclosingClass(); outer != null; outer = outer.getEnclosingClass()) {
                name.insert(0, outer.getSimpleName());
            }
            String result = name.toString();
            Class<?> earlier = named.putIfAbsent(result, type);
            if (earlier != null && earlier != type) {
                throw new IllegalStateException("two classes would share the schema name " + result + ": "
                        + earlier.getName() + " and " + type.getName());
            }
            return result;
        }
    }
}
