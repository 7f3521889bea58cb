package io.flexprice.sdk.apikeys;



/**
 * FlexPrice's {@code dto.CreateAPIKeyResponse}: the raw key, shown this once, and its description.
 *
 * @param apiKey the key to send as {@code x-api-key}; keep it secret, it cannot be read again
 * @param secret its description
 */
public record CreatedApiKey(String apiKey, ApiKey secret) {

    @Override
    public String toString() {
        return "CreatedApiKey[apiKey=(hidden), secret=" + secret + "]";
    }

}
