package io.flexprice.adapters.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The JSON conventions of the HTTP API, applied to the mapper Dropwizard serves with: instants as
 * RFC 3339 strings in UTC ({@code 2024-05-01T12:00:00Z}), decimals written plain (never {@code 1E+3})
 * and read as {@link java.math.BigDecimal}, unknown properties ignored (FlexPrice clients send fields
 * we do not use), nulls left out.
 *
 * <p>Snake case is NOT set here: Dropwizard's admin endpoints share this mapper. Every request and
 * response record of this module carries {@code @JsonNaming(SnakeCaseStrategy)} itself.
 */
public final class JsonConfig {

    private JsonConfig() {
    }

    public static ObjectMapper configure(ObjectMapper mapper) {
        mapper.registerModule(new JavaTimeModule());
        mapper.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        mapper.getFactory().configure(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN.mappedFeature(), true);
        mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        mapper.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        // null properties are left out; null values inside maps (event properties) are kept
        mapper.setDefaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                JsonInclude.Include.USE_DEFAULTS));
        return mapper;
    }
}
