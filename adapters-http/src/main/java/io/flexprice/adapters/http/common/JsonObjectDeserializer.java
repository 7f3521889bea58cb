package io.flexprice.adapters.http.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a free-form JSON object (an event's {@code properties}) the way the domain expects it: every
 * number as {@link java.math.BigDecimal} (exactly as written, integers included), nested objects and
 * arrays as {@link LinkedHashMap} and {@link ArrayList}, strings, booleans and nulls as they are.
 * Anything but an object is a 400 naming the field.
 */
public final class JsonObjectDeserializer extends StdDeserializer<Map<String, Object>> {

    private static final long serialVersionUID = 1L;

    public JsonObjectDeserializer() {
        super(Map.class);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, Object> deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            return (Map<String, Object>) context.handleUnexpectedToken(Map.class, parser);
        }
        return readObject(parser, context);
    }

    private static Map<String, Object> readObject(JsonParser parser, DeserializationContext context)
            throws IOException {
        Map<String, Object> object = new LinkedHashMap<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
            String name = parser.currentName();
            parser.nextToken();
            object.put(name, readValue(parser, context));
        }
        return object;
    }

    private static List<Object> readArray(JsonParser parser, DeserializationContext context) throws IOException {
        List<Object> array = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            array.add(readValue(parser, context));
        }
        return array;
    }

    private static Object readValue(JsonParser parser, DeserializationContext context) throws IOException {
        JsonToken token = parser.currentToken();
        return switch (token) {
            case START_OBJECT -> readObject(parser, context);
            case START_ARRAY -> readArray(parser, context);
            case VALUE_STRING -> parser.getText();
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getDecimalValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> context.handleUnexpectedToken(Object.class, parser);
        };
    }
}
